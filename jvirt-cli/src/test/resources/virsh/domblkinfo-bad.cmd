-c
test:///default
domblkinfo
test
nosuch
