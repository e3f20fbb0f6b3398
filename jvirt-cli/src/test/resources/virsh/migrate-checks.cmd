-c
test:///default
migrate test test:///default --live --timeout-suspend; migrate test test:///default --timeout 5; migrate test test:///default --timeout 5 --timeout-suspend; migrate nosuch test:///default; migrate test --desturi test:///default --live --timeout -1; migrate-getspeed test
