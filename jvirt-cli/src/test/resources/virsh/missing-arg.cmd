-c
test:///default
dominfo
