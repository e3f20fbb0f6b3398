-c
test:///default
net-info
default
