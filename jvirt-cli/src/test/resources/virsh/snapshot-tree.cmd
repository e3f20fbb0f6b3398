-c
test:///default
snapshot-create-as test a; snapshot-create-as test b; snapshot-current test a; snapshot-create-as test c; snapshot-create-as test d; snapshot-list test --tree; snapshot-list test --roots --name; snapshot-list test --leaves --name; snapshot-list test --no-leaves --name; snapshot-list test --from a --name; snapshot-list test --from a --descendants --name; snapshot-list test --current --tree; snapshot-list test --topological --name
