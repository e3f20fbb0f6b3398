-c
test:///default
iface-list; iface-list --all; iface-list --inactive; iface-name aa:bb:cc:dd:ee:ff; iface-name AA:BB:CC:DD:EE:FF; iface-mac eth1; iface-dumpxml eth1; iface-dumpxml aa:bb:cc:dd:ee:ff; iface-dumpxml eth1 --xpath //ip; iface-dumpxml eth1 --xpath //ip/@address --wrap
