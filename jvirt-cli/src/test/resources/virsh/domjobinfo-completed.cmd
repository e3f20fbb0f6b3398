-c
test:///default
domjobinfo
test
--completed
