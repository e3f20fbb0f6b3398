-c
test:///default
save test target/virsh-tmp/s; save-image-edit target/virsh-tmp/s; save-image-edit target/virsh-tmp/s --paused; save-image-dumpxml target/virsh-tmp/s --xpath //currentMemory
