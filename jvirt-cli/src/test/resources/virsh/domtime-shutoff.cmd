-c
test:///default
destroy test; domtime test
