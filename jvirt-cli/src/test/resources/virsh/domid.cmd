-c
test:///default
domid
test
