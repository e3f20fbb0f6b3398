-c
test:///default
list
--all=1
