-c
test:///default
iface-define src/test/resources/virsh/iface-eth9.xml; iface-list --all; iface-dumpxml br9; iface-start br9; iface-list; iface-destroy br9; iface-destroy eth1; iface-list --inactive; iface-start --interface eth1; iface-undefine br9; iface-list --all
