-c
test:///default
snapshot-create-as test a; snapshot-create-as test b; snapshot-edit test a; snapshot-edit test --current; snapshot-edit test a --current; snapshot-current test --name; snapshot-edit test; snapshot-edit test nosuch; snapshot-edit test a --rename --clone
