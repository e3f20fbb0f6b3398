-c
test:///default
checkpoint-create-as test a --description about; checkpoint-edit test --checkpointname a; checkpoint-list test --name
