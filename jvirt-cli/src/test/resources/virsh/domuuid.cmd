-c
test:///default
domuuid
test
