-c
test:///default
destroy test; console test
