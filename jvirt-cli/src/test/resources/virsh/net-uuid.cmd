-c
test:///default
net-uuid
default
