-c
test:///default
detach-device-alias test ua-x; detach-device-alias test ua-x --config; detach-device-alias test ua-x --live --config; detach-device-alias test ua-x --current --live; detach-device-alias nosuch ua-x
