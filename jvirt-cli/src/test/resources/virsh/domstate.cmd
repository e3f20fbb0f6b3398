-c
test:///default
domstate
test
--reason
