-c
test:///default
setvcpus test 1; vcpucount test; vcpuinfo test --pretty
