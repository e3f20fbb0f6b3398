-c
test:///default
set-lifecycle-action test poweroff preserve; set-lifecycle-action test --config reboot destroy; set-lifecycle-action test crash coredump-restart; set-lifecycle-action test poweroff coredump-destroy; set-lifecycle-action test bogus destroy; set-lifecycle-action test poweroff bogus; dumpxml test; dumpxml test --inactive
