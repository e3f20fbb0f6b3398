-c
test:///default
dump test target/virsh-tmp/nodir/core
