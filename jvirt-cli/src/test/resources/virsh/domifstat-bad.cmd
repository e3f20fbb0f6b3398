-c
test:///default
domifstat test nosuch; domifstat test; domifstat nosuch testnet0
