-c
test:///default
domcontrol
test
