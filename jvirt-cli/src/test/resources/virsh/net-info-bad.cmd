-c
test:///default
net-info
nosuch
