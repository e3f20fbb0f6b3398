-c
test:///default
capabilities
