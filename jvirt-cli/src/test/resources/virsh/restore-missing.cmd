-c
test:///default
restore target/virsh-tmp/nonexistent
