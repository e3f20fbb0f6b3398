-c
test:///default
save test target/virsh-tmp/x --running; restore target/virsh-tmp/test.save --paused; save nosuch target/virsh-tmp/x; save test; destroy test; save test target/virsh-tmp/x
