-c
test:///default
domid test; domname 1; domuuid test
