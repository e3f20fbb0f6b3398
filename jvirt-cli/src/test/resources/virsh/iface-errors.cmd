-c
test:///default
iface-name eth1; iface-name 00:11:22:33:44:55; iface-mac aa:bb:cc:dd:ee:ff; iface-mac lo; iface-dumpxml --inactive eth1; iface-dumpxml lo; iface-edit eth1; iface-bridge eth1 br0; iface-bridge eth1 eth1; iface-bridge lo br0; iface-bridge eth1 br0 --delay -1; iface-unbridge eth1; iface-unbridge nobr; iface-start eth1; iface-define src/test/resources/virsh/iface-bad.xml; iface-define src/test/resources/virsh/no-such-file.xml; iface-undefine lo; iface-destroy 00:11:22:33:44:55
