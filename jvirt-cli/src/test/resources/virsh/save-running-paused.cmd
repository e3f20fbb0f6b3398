-c
test:///default
save test target/virsh-tmp/x --running --paused
