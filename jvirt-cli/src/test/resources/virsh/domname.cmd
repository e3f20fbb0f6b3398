-c
test:///default
domname
1
