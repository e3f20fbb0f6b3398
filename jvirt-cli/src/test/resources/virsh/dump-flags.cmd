-c
test:///default
dump test target/virsh-tmp/x --live --crash; dump test target/virsh-tmp/d --memory-only --format elf; dump test target/virsh-tmp/d --format elf; dump test target/virsh-tmp/d --memory-only --format foo; dump test target/virsh-tmp/d --reset --crash; dump test target/virsh-tmp/d --reset; dump test target/virsh-tmp/d --live; dump nosuch target/virsh-tmp/d
