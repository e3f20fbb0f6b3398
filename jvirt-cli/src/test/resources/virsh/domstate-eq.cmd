-c
test:///default
domstate
--domain=test
