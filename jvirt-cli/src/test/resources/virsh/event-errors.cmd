-c
test:///default
event; event --event foo; event --all --event lifecycle; event --list --all; event --list --event reboot; event --all --timeout 0; event --all --timeout -1; event --all --timeout abc; event --all --timeout 2147484; event --event ''; event --domain nosuch --all --timeout 1
