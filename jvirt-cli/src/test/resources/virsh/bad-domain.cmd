-c
test:///default
dominfo
nosuch
