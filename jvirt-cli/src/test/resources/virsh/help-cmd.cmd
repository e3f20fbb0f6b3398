-c
test:///default
help
dominfo
