-e
xx
-c
test:///default
uri
