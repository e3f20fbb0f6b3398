-c
test:///default
screenshot test target/virsh-tmp/shot.png; screenshot test --file target/virsh-tmp/s2.png --screen 1; screenshot nosuch --file target/virsh-tmp/x.png; screenshot test --file target/virsh-tmp/nodir/x.png; destroy test; screenshot test target/virsh-tmp/off.png
