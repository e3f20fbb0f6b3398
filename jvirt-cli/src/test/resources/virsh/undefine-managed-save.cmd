-c
test:///default
managedsave test; undefine test; list --all --managed-save; undefine test --managed-save; list --all
