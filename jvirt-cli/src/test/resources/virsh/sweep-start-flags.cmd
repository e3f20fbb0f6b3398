-c
test:///default
create src/test/resources/virsh/dom-foo.xml --reset-nvram; create src/test/resources/virsh/dom-foo.xml --pass-fds x; create src/test/resources/virsh/dom-foo.xml --pass-fds 1,,2; qemu-monitor-command test --pass-fds -1 x; qemu-monitor-command test --pass-fds '' x; destroy test; start test --pass-fds x; start test --reset-nvram; snapshot-create-as test s1; snapshot-revert test s1 --reset-nvram; snapshot-revert test s1 --running --paused
