-c
test:///default
net-edit default; net-list --all
