-c
test:///default
snapshot-create test --xmlfile src/test/resources/virsh/snapshot-redefine.xml --redefine; snapshot-create test --xmlfile src/test/resources/virsh/snapshot-redefine.xml --redefine --current; snapshot-list test --parent; snapshot-dumpxml test fixed; snapshot-info test --current
