-c
test:///default
pool-create src/test/resources/virsh/pool-foo.xml; pool-list --all --details; pool-autostart foo; pool-destroy foo; pool-list --all
