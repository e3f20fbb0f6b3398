-c
test:///default
checkpoint-create-as test a; undefine test --checkpoints-metadata; undefine test; list --all; checkpoint-list test --name; list --with-checkpoint --name; destroy test; list --all
