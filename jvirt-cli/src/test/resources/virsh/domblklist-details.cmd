-c
test:///default
domblklist
test
--details
