-c
test:///default
pool-define src/test/resources/virsh/pool-foo.xml; pool-destroy foo; pool-refresh foo; vol-list foo
