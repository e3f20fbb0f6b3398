-c
test:///default
nodedev-dumpxml nope; nodedev-dumpxml 1,2; nodedev-dumpxml 2000000012341234,1000000012341234; nodedev-info a,b,c; nodedev-detach computer; nodedev-detach computer --driver vfio; nodedev-reattach scsi_host1; nodedev-reset scsi_host1; nodedev-detach nope; nodedev-start computer; nodedev-autostart computer; nodedev-autostart --disable computer; nodedev-undefine computer; nodedev-define src/test/resources/virsh/nodedev-system.xml; nodedev-define src/test/resources/virsh/no-such.xml
