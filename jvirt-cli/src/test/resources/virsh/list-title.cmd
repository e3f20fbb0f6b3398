-c
test:///default
list
--title
