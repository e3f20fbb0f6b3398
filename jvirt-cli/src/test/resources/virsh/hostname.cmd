-c
test:///default
hostname
