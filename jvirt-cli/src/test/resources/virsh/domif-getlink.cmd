-c
test:///default
domif-getlink test aa:bb:cc:dd:ee:ff; domif-getlink test AA:BB:CC:DD:EE:FF --config; domif-getlink test testnet0; domif-getlink test a:bb:cc:dd:ee:ff
