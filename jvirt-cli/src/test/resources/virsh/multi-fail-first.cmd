-c
test:///default
domid x; domid test
