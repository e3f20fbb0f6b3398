-c
test:///default
nodeinfo
