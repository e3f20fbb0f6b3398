-c
test:///default
list
