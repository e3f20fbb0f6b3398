-c
test:///default
domtime
test
--pretty
