-c
test:///default
domtime
test
