-c
test:///default
pool-define --validate src/test/resources/virsh/validate-pool-good.xml; pool-define --validate src/test/resources/virsh/validate-pool-elem.xml; pool-define --validate src/test/resources/virsh/validate-pool-type.xml; pool-create --validate src/test/resources/virsh/validate-pool-elem.xml; pool-list --all --name
