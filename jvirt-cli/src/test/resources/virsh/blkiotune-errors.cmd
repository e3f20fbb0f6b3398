-c
test:///default
blkiotune test --weight 0; blkiotune test --weight -1; blkiotune test --device-weights /dev/sda; blkiotune test --device-weights /dev/sda,x; blkiotune test --weight x
