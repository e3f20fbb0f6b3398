-c
test:///default
undefine test --managed-save; list --all; destroy test; list --all
