-t
-c
test:///default
uri; domstate test; domstate nosuch
