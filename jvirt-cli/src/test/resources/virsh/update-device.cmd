-c
test:///default
update-device test src/test/resources/virsh/disk-vdb.xml; update-device test src/test/resources/virsh/disk-vdb.xml --persistent; update-device test src/test/resources/virsh/disk-vdb.xml --config --force; update-device test /nonexistent.xml; update-device test src/test/resources/virsh/disk-vdb.xml --current --live
