-c
test:///default
destroy test; setvcpus test 1 --live; setvcpus test 1; setvcpus test 1 --current; vcpucount test
