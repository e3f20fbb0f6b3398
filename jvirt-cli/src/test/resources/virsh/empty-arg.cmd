-c
test:///default
dominfo

