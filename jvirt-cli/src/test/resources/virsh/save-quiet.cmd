-q
-c
test:///default
save test target/virsh-tmp/test.save; restore target/virsh-tmp/test.save; list
