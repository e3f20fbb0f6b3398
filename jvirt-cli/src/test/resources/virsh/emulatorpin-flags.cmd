-c
test:///default
emulatorpin test; emulatorpin test 1 --live; emulatorpin test; emulatorpin test --config; emulatorpin test 0-1,3 --config; emulatorpin --domain test --config; emulatorpin test --cpulist 2; emulatorpin test --live
