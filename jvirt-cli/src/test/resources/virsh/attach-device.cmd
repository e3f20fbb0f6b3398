-c
test:///default
attach-device test src/test/resources/virsh/disk-vdb.xml --config; attach-device test src/test/resources/virsh/disk-vdb.xml --persistent; attach-device test src/test/resources/virsh/disk-vdb.xml --live; detach-device test src/test/resources/virsh/disk-vdb.xml --config; detach-device test src/test/resources/virsh/disk-vdb.xml --persistent
