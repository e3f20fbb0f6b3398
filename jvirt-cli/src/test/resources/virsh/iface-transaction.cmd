-c
test:///default
iface-commit; iface-rollback; iface-begin; iface-begin; iface-define src/test/resources/virsh/iface-eth9.xml; iface-undefine eth1; iface-list --all; iface-rollback; iface-list --all; iface-begin; iface-start eth1; iface-commit; iface-list --all; iface-rollback
