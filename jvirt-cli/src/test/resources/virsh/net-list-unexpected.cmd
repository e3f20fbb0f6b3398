-c
test:///default
net-list
default
