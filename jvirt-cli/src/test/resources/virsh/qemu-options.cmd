-c
test:///default
qemu-monitor-command test --hmp --pretty x; qemu-monitor-command test --pass-fds 0,a x; qemu-attach -5; qemu-monitor-event --timeout 0; dom-fd-associate test --name x --pass-fds a; domid test
