-c
test:///default
domifaddr test; domifaddr test --source agent; domifaddr test --source arp --full; domifaddr test --interface testnet0; domifaddr test --interface nosuch; domifaddr test --source bogus; destroy test; domifaddr test
