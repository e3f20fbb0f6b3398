-c
test:///default
domid test; foo
