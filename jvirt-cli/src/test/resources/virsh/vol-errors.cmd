-c
test:///default
vol-info nosuch --pool default-pool; vol-info nosuch; vol-dumpxml /no/such; vol-create default-pool src/test/resources/virsh/vol-foo.xml; vol-create default-pool src/test/resources/virsh/vol-foo.xml; vol-wipe v1.img --pool default-pool; vol-list nosuch; vol-create nosuch src/test/resources/virsh/vol-foo.xml; vol-key v1.img --pool nosuch
