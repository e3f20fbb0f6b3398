-c
test:///default
help
nosuch
