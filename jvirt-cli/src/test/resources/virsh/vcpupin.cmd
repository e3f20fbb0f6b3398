-c
test:///default
vcpupin
test
