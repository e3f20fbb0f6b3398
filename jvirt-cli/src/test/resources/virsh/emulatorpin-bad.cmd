-c
test:///default
emulatorpin test --live --current; emulatorpin nosuch; emulatorpin test 99; emulatorpin test x; emulatorpin test --live --config; emulatorpin test 0 --live --config; emulatorpin test ^0-7
