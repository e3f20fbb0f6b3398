-c
test:///default
net-list
--all
--name
