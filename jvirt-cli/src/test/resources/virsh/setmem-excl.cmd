-c
test:///default
setmem
test
1024
--current
--live
