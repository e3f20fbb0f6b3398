-c
test:///default
attach-device
