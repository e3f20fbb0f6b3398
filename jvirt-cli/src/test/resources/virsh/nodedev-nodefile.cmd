-c
test:///proc/self/cwd/src/test/resources/virsh/node-devices.xml
nodedev-dumpxml computer; nodedev-dumpxml net_eth0_52_54_00_11_22_33; nodedev-info block_sda; nodedev-dumpxml block_sda; iface-list --all; nodedev-list
