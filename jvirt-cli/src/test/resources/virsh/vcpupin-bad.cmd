-c
test:///default
vcpupin
test
abc
