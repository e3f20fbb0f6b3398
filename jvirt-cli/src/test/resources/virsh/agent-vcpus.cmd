-c
test:///default
setvcpu test 1; setvcpu test 1 --enable --disable; setvcpu test 1 --enable; setvcpu test 0-1 --disable --config; setvcpu test 1 --enable --current --live; guestvcpus test; guestvcpus test --enable; guestvcpus test --cpulist 1 --enable; guestvcpus test --cpulist 1
