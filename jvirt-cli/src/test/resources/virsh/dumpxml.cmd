-c
test:///default
dumpxml
test
