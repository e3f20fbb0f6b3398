-q
-c
test:///default
net-create src/test/resources/virsh/net-bar.xml --validate; net-destroy bar; net-list --all --name
