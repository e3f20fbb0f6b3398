-c
test:///default
event --list
