-c
test:///default
edit test; net-edit default
