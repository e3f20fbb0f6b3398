-c
test:///default
checkpoint-create-as test --name p --print-xml --description 'x & y' --diskspec vda,checkpoint=no --diskspec hdb,bitmap=b1; checkpoint-create-as test q --quiesce; checkpoint-list test --name; snapshot-create-as test s1; checkpoint-delete test q; snapshot-create-as test s1; checkpoint-create-as test r
