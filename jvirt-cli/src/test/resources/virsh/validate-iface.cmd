-c
test:///default
iface-define --validate src/test/resources/virsh/validate-iface-good.xml; iface-define --validate src/test/resources/virsh/validate-iface-mac.xml; iface-define --validate src/test/resources/virsh/validate-iface-bond.xml; iface-define --validate src/test/resources/virsh/validate-iface-root.xml; iface-define src/test/resources/virsh/validate-iface-bond.xml; iface-list --all
