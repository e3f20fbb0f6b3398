-c
test:///default
vol-create default-pool --validate src/test/resources/virsh/validate-vol-good.xml; vol-create default-pool --validate src/test/resources/virsh/validate-vol-elem.xml; vol-create default-pool --validate src/test/resources/virsh/validate-vol-notarget.xml; vol-create default-pool src/test/resources/virsh/validate-vol-notarget.xml; vol-list default-pool
