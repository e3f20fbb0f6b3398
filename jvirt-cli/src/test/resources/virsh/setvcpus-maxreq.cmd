-c
test:///default
setvcpus
test
1
--maximum
