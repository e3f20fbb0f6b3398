-c
test:///default
destroy test; snapshot-create-as test s1; undefine test; undefine test --snapshots-metadata; list --all
