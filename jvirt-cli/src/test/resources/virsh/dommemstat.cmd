-c
test:///default
dommemstat
test
