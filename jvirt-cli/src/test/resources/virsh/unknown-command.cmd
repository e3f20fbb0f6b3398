-c
test:///default
foo
