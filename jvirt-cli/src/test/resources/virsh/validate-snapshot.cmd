-c
test:///default
snapshot-create test --validate src/test/resources/virsh/validate-snap-good.xml; snapshot-create test --validate src/test/resources/virsh/validate-snap-elem.xml; snapshot-create test --validate src/test/resources/virsh/validate-snap-memory.xml; snapshot-create test --redefine --validate src/test/resources/virsh/validate-snap-elem.xml; snapshot-list test --name
