-c
test:///default
checkpoint-create-as test a --description about; checkpoint-edit test --checkpointname a; checkpoint-edit test; checkpoint-edit test --checkpointname zz
