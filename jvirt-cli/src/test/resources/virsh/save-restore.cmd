-c
test:///default
save test target/virsh-tmp/test.save; list --all; dominfo test; restore target/virsh-tmp/test.save; domstate test --reason; list --all
