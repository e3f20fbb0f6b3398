-r
-c
test:///default
iface-begin; iface-define src/test/resources/virsh/iface-eth9.xml; iface-destroy eth1; iface-undefine eth1; iface-list --all; iface-dumpxml eth1
