-c
test:///default
list
--uuid
--name
