-c
test:///default
domcapabilities
