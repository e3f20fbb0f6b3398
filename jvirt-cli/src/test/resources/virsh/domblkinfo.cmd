-c
test:///default
domblkinfo
test
vda
