-c
test:///default
net-start
default
