-c
test:///default
nodedev-create --validate src/test/resources/virsh/validate-nodedev-elem.xml; nodedev-create --validate src/test/resources/virsh/validate-nodedev-noname.xml; nodedev-create --validate src/test/resources/virsh/validate-nodedev-host.xml; nodedev-create --validate src/test/resources/virsh/validate-iface-root.xml; nodedev-define --validate src/test/resources/virsh/validate-nodedev-good.xml; nodedev-create --validate src/test/resources/virsh/validate-nodedev-good.xml
