-c
test:///default
save test target/virsh-tmp/s; dumpxml test; dumpxml test --inactive; restore target/virsh-tmp/s; dumpxml test --security-info
