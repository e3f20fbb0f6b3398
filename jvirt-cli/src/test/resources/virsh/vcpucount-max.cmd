-c
test:///default
vcpucount
test
--maximum
