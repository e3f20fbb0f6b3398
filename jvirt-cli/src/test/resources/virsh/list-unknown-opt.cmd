-c
test:///default
list
--foo
