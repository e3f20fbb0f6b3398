-c
test:///default
event --timeout 1
