-c
test:///default
domid
test
extra
