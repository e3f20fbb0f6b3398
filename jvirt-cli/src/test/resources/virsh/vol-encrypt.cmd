-c
test:///default
vol-create default-pool src/test/resources/virsh/vol-encrypt-luks.xml; vol-dumpxml enc.img default-pool; vol-dumpxml /default-pool/enc.img --xpath //encryption; vol-info enc.img default-pool; vol-clone enc.img enc2.img --pool default-pool; vol-dumpxml enc2.img default-pool; vol-create default-pool src/test/resources/virsh/vol-encrypt-bad.xml; vol-list default-pool
