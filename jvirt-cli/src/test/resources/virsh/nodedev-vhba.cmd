-c
test:///default
nodedev-create src/test/resources/virsh/nodedev-vhba.xml; nodedev-dumpxml scsi_host12; nodedev-info scsi_host12; nodedev-create src/test/resources/virsh/nodedev-vhba.xml; nodedev-destroy scsi_host12; nodedev-destroy scsi_host12; nodedev-destroy computer; nodedev-dumpxml computer; nodedev-create src/test/resources/virsh/nodedev-system.xml; nodedev-create src/test/resources/virsh/no-such.xml; nodedev-destroy scsi_host11; nodedev-create src/test/resources/virsh/nodedev-vhba.xml
