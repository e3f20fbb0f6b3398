-c
test:///default
domxml-from-native qemu-argv src/test/resources/virsh/cpu-compare-host.xml; domxml-from-native qemu-argv target/virsh-tmp/nosuch; domxml-to-native qemu-argv; domxml-to-native qemu-argv --domain test; domxml-to-native qemu-argv --domain nosuch; domxml-to-native qemu-argv --xml src/test/resources/virsh/save-image-new.xml; domxml-to-native qemu-argv --xml target/virsh-tmp/nosuch; domxml-to-native qemu-argv --xml src/test/resources/virsh/save-image-new.xml --domain test
