-c
test:///default
setmaxmem
test
1G
