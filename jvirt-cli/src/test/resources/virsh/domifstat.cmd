-c
test:///default
domifstat
test
testnet0
