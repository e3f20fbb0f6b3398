-c
test:///default
version
