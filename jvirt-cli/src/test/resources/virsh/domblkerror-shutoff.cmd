-c
test:///default
destroy test; domblkerror test
