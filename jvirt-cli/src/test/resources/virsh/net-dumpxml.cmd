-c
test:///default
net-dumpxml
default
