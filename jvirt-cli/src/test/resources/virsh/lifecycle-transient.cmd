-c
test:///default
create src/test/resources/virsh/dom-foo.xml; list --all --transient --name; destroy foo; list --all --name
