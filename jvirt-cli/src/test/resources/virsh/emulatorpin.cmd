-c
test:///default
emulatorpin test; emulatorpin test 0-2,5; emulatorpin test; emulatorpin test --config 1; emulatorpin test --config; emulatorpin test x; emulatorpin test 99; dumpxml test; destroy test; emulatorpin test 3; emulatorpin test
