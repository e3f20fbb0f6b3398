-c
test:///default
setmem
test
abc
