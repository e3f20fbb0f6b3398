-c
test:///default
net-list
