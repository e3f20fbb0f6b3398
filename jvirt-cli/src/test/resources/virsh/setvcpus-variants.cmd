-c
test:///default
setvcpus test 4 --maximum --config; vcpucount test; setvcpus test 3 --config; setvcpus test 1 --live; vcpucount test; setvcpus test 2 --current; setvcpus test 1; vcpucount test; dumpxml test --inactive
