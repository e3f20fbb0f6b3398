-r
-c
test:///default
list
