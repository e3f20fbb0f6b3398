-c
test:///default
domid
test
;
domname
1
