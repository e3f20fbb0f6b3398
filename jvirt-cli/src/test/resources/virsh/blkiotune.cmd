-c
test:///default
blkiotune test; blkiotune test --weight 500 --device-weights /dev/sda,300,/dev/sdb,100 --device-read-iops-sec /dev/sda,5; blkiotune test; blkiotune test --device-weights /dev/sda,0; blkiotune test --device-write-bytes-sec /dev/sdc,1000 --config; blkiotune test --config; dumpxml test; dumpxml test --inactive
