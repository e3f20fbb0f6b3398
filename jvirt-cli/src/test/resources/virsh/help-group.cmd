-c
test:///default
help
network
