-c
test:///default
maxvcpus
