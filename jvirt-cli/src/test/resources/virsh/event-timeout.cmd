-c
test:///default
event
--all
--timeout
1
