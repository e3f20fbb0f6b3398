-r
-c
test:///default
destroy
test
