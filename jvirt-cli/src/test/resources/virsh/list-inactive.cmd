-c
test:///default
list
--inactive
