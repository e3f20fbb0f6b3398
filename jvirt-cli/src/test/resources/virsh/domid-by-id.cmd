-c
test:///default
domid
1
