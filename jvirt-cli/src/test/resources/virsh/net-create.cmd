-c
test:///default
net-create src/test/resources/virsh/net-bar.xml; net-list --all; net-info bar; net-create src/test/resources/virsh/net-bar.xml; net-undefine bar; net-destroy bar; net-list --all; net-create /nonexistent.xml; net-create src/test/resources/virsh/dom-foo.xml
