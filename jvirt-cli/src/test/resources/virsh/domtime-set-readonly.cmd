-r
-c
test:///default
domtime
test
--time
4
