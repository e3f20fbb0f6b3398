-c
test:///default
edit test; domstate test; dumpxml test --inactive
