-c
test:///default
domcapabilities --virttype kvm --arch x86_64 --machine pc --emulatorbin /usr/bin/qemu-system-x86_64; domcapabilities --bogus
