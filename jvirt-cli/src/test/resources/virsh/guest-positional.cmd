-c
test:///default
cpu-stats test 0 1; domifaddr test testnet0; domfstrim test 5; memtune test 5; memtune test; blkiotune test 500; perf test cmt; emulatorpin test 1; emulatorpin test; domfsfreeze test /
