-c
test:///default
domblkinfo
test
--all
