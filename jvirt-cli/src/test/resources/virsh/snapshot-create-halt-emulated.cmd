-c
test:///default
snapshot-create test --xmlfile src/test/resources/virsh/snapshot-redefine.xml --redefine --halt; list --all; snapshot-list test; create src/test/resources/virsh/dom-foo.xml; snapshot-create foo --redefine --halt; snapshot-create foo --xmlfile src/test/resources/virsh/snapshot-redefine.xml --redefine --halt; list --all
