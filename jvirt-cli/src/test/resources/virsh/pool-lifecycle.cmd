-c
test:///default
pool-define src/test/resources/virsh/pool-foo.xml; pool-list --all; pool-list --all --details; pool-info foo; pool-build foo; pool-start foo; pool-autostart foo; pool-list --autostart; pool-info foo; pool-refresh foo; pool-autostart foo --disable; pool-destroy foo; pool-delete foo; pool-undefine foo; pool-list --all
