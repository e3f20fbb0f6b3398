-c
test:///default
setmem
test
