-c
test:///default
dump test target/virsh-tmp/core; dump test target/virsh-tmp/core --crash; domstate test --reason; list --all; dump test target/virsh-tmp/core
