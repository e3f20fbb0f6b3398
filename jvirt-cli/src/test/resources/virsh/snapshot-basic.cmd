-c
test:///default
snapshot-create-as test s1 --description "d & x"; snapshot-create-as test s2; snapshot-current test --name; snapshot-list test; snapshot-list test --parent; snapshot-list test --name; snapshot-info test s1; snapshot-info test --current; snapshot-parent test s2
