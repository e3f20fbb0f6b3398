-c
test:///default
create --validate src/test/resources/virsh/validate-dom-elem.xml; create --validate src/test/resources/virsh/validate-dom-deep.xml; create --validate src/test/resources/virsh/validate-dom-good.xml; create --validate --paused src/test/resources/virsh/validate-dom-good.xml; list --name
