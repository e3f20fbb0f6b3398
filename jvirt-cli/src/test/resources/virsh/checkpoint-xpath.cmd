-c
test:///default
checkpoint-create-as test c --description 'a <b> & "c"' --diskspec vda,checkpoint=bitmap,bitmap=bb; checkpoint-dumpxml test c --xpath /domaincheckpoint/disks; checkpoint-dumpxml test c --xpath /domaincheckpoint/disks --wrap; checkpoint-dumpxml test c --xpath //disk; checkpoint-dumpxml test c --xpath '/domaincheckpoint/domain/devices/interface'; checkpoint-dumpxml test c --xpath '/domaincheckpoint/description|//os' --wrap; checkpoint-dumpxml test c --xpath '//disk/@*'; dumpxml test --xpath /domain/devices
