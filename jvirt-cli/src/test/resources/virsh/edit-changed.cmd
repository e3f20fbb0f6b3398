-c
test:///default
edit test; dumpxml test --inactive; dominfo test
