-c
test:///default
dumpxml
test
--xpath
/domain/name
