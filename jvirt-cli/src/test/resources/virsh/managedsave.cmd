-c
test:///default
managedsave test; dominfo test; list --all --with-managed-save; list --all --without-managed-save; list --all --managed-save; list --all --table --managed-save --name; start test; domstate test --reason; dominfo test
