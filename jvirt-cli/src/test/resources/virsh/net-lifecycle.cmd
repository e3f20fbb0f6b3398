-c
test:///default
net-define src/test/resources/virsh/net-foo.xml; net-list --all; net-start foo; net-autostart foo; net-info foo; net-autostart foo --disable; net-destroy foo; net-undefine foo; net-list --all
