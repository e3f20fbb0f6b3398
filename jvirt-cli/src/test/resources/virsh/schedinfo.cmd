-c
test:///default
schedinfo
test
