-c
test:///default
vol-create default-pool src/test/resources/virsh/pool-foo.xml
