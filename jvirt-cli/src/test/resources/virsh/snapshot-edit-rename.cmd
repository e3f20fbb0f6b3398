-c
test:///default
snapshot-create-as test a; snapshot-edit test a --rename; snapshot-list test --name; snapshot-edit test a; snapshot-list test --name
