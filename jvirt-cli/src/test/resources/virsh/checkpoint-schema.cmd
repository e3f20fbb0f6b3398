-c
test:///default
checkpoint-create-as test d --diskspec vda,checkpoint=foo; checkpoint-create-as test d --diskspec vda,checkpoint=default; checkpoint-create test --xmlfile src/test/resources/virsh/checkpoint-unknown-element.xml; checkpoint-list test --name
