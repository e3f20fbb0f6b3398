-c
test:///default
domblklist
test
