-q
-c
test:///default
uri
