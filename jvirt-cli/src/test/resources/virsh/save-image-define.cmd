-c
test:///default
save test target/virsh-tmp/s; save-image-dumpxml target/virsh-tmp/s; save-image-dumpxml target/virsh-tmp/s --security-info --xpath //name --wrap; save-image-define target/virsh-tmp/s src/test/resources/virsh/save-image-new.xml; save-image-dumpxml target/virsh-tmp/s; restore target/virsh-tmp/s; dominfo test; dumpxml test
