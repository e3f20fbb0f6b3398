-c
test:///default
domblkinfo
test
--device
vda
--human
