-c
test:///default
nodecpustats
