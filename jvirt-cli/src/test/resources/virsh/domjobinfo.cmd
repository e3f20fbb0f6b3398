-c
test:///default
domjobinfo test
