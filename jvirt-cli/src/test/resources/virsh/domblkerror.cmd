-c
test:///default
domblkerror
test
