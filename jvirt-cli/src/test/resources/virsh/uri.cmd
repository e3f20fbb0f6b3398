-c
test:///default
uri
