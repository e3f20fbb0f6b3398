-c
test:///default
nodedev-list; nodedev-list --all; nodedev-list --inactive; nodedev-list --tree; nodedev-list --cap scsi_host,fc_host; nodedev-list --cap bogus; nodedev-list --tree --cap system; nodedev-list --tree --inactive
