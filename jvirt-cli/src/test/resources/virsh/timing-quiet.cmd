-t
-q
-c
test:///default
uri; domid test
