-c
test:///default
domblkinfo
--all
--human
test
