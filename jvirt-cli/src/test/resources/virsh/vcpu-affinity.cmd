-c
test:///default
vcpuinfo test; vcpupin test; vcpuinfo test --pretty; vcpupin test 0 0-9; vcpupin test 0 abc; vcpupin test 0 3-1; vcpupin test 0 ^1;vcpupin test 0 1-3,^2; vcpupin test 0 8; vcpupin test 1 2,4; vcpuinfo test; destroy test; vcpuinfo test; vcpuinfo test --pretty; vcpupin test --config 0 1; vcpupin test
