-r
-c
test:///default
nodedev-create src/test/resources/virsh/nodedev-vhba.xml; nodedev-destroy scsi_host1; nodedev-detach computer; nodedev-dumpxml computer
