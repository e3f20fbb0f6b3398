-c
test:///default
vcpucount test --live --current; vcpucount test --config --current; vcpucount test --maximum --active; vcpucount test --guest --config --live; vcpucount test --guest; vcpupin nosuch --config --live; vcpupin test 0 0 --config --live; desc test --config hello; desc test --live --config; desc test --live; destroy test; desc test --live
