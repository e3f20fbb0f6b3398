-c
test:///default
list
--table
--name
