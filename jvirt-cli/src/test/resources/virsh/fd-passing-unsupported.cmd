-c
test:///default
qemu-monitor-command test --pass-fds 0,1 x; dom-fd-associate test --name x --pass-fds 0,1 --seclabel-writable
