-c
test:///default
vcpucount
test
