-c
test:///default
net-edit default; net-dumpxml default; net-info default; net-destroy default; net-dumpxml default
