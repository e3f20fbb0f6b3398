-c
test:///default
attach-device test src/test/resources/virsh/disk-vdb.xml; detach-device test src/test/resources/virsh/disk-vdb.xml
