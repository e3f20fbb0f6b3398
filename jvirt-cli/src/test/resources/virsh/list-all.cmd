-c
test:///default
list
--all
