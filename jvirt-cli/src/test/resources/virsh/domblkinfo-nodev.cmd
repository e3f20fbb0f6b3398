-c
test:///default
domblkinfo
test
