-c
test:///default
domif-getlink
test
