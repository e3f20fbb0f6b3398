-c
test:///default
nodedev-dumpxml computer; nodedev-dumpxml scsi_host1; nodedev-dumpxml --device scsi_host11 --xpath //wwnn; nodedev-info computer; nodedev-info scsi_host2; nodedev-info --device scsi_host11
