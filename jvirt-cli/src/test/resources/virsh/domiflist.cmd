-c
test:///default
domiflist
test
