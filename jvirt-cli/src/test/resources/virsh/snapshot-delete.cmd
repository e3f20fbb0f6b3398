-c
test:///default
snapshot-create-as test a; snapshot-create-as test b; snapshot-create-as test c; snapshot-delete test b; snapshot-list test --parent; snapshot-current test --name; snapshot-create-as test d; snapshot-delete test a --children-only; snapshot-list test --name; snapshot-delete test a --children; snapshot-list test --name; snapshot-current test
