-c
test:///default
destroy test; domcontrol test
