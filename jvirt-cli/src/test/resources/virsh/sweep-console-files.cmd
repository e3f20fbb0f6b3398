-c
test:///default
destroy test; start test --console; create src/test/resources/virsh/dom-foo.xml --console; list --all; set-lifecycle-action test dir poweroff --config --current; set-user-sshkeys test root --file src/test/resources/virsh/binary.bin
