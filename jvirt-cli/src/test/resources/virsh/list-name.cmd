-c
test:///default
list
--name
