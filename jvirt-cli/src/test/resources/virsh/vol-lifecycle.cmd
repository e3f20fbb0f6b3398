-c
test:///default
vol-create default-pool src/test/resources/virsh/vol-foo.xml; vol-list default-pool; vol-list default-pool --details; vol-info v1.img --pool default-pool; vol-info --bytes /default-pool/v1.img; vol-dumpxml v1.img --pool default-pool; vol-key v1.img --pool default-pool; vol-path v1.img --pool default-pool; vol-name /default-pool/v1.img; vol-pool /default-pool/v1.img; vol-pool --uuid /default-pool/v1.img; pool-info default-pool; vol-delete v1.img --pool default-pool; vol-list default-pool
