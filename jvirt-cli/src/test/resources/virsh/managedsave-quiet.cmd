-q
-c
test:///default
managedsave test; managedsave-remove test; managedsave-remove test; start test
