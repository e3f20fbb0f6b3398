-c
test:///default
migrate-setmaxdowntime test 100; migrate-setmaxdowntime test 0; migrate-getmaxdowntime test; migrate-compcache test; migrate-compcache test --size 1M; migrate-setspeed test 100; migrate-setspeed test -1 --postcopy; migrate-getspeed test; migrate-getspeed test --postcopy; migrate-postcopy test; migrate-getspeed nosuch; backup-begin test; backup-begin test --backupxml target/virsh-tmp/nosuch.xml; backup-begin test --backupxml src/test/resources/virsh/secret-def.xml --reuse-external; backup-dumpxml test; backup-dumpxml test --xpath //x; backup-dumpxml nosuch
