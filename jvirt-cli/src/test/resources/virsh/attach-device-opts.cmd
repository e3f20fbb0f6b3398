-c
test:///default
attach-device test /nonexistent.xml; attach-device test src/test/resources/virsh/disk-vdb.xml --persistent --current; attach-device test src/test/resources/virsh/disk-vdb.xml --live --current; detach-device test src/test/resources/virsh/disk-vdb.xml --config --current; attach-device nosuch src/test/resources/virsh/disk-vdb.xml
