-c
test:///default
dumpxml
test
--inactive
--security-info
