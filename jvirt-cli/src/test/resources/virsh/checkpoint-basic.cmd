-c
test:///default
checkpoint-create-as test a --description 'about <a> & "b"'; checkpoint-create-as test b; checkpoint-create-as test c --diskspec vda,checkpoint=bitmap,bitmap=bb; checkpoint-list test; checkpoint-list test --parent; checkpoint-info test a; checkpoint-info test c; checkpoint-parent test c; checkpoint-parent test a; checkpoint-dumpxml test a; checkpoint-dumpxml test c --no-domain --size; checkpoint-dumpxml test a --security-info --xpath /domaincheckpoint/description; checkpoint-dumpxml test b --xpath //name --wrap
