-c
test:///default
detach-device-alias test
