-c
test:///default
domif-setlink test testnet0 down; domif-setlink test aa:bb:cc:dd:ee:ff up --config; domif-setlink test testnet0 down --print-xml; domif-setlink test vnet0 down; domif-setlink test testnet0 sideways; domif-getlink test testnet0
