-c
test:///default
snapshot-create-as test a; snapshot-edit test a --clone; snapshot-list test --name; snapshot-current test --name; snapshot-edit test --current --clone; snapshot-list test --name
