-c
test:///default
checkpoint-create-as test a --description about; checkpoint-create-as test b; checkpoint-edit test --checkpointname a; checkpoint-info test a; checkpoint-dumpxml test a --xpath /domaincheckpoint/description; checkpoint-list test --parent
