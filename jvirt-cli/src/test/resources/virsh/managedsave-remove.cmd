-c
test:///default
managedsave test; managedsave-remove test; managedsave-remove test; list --all --managed-save; start test; managedsave test --paused; start test; domstate test --reason
