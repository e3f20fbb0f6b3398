-c
test:///default
vol-create-as default-pool v1 1M; vol-wipe v1 --pool default-pool --algorithm x; vol-wipe v1 --pool default-pool --algorithm zero; vol-wipe v1 --pool default-pool --algorithm nnsa; vol-info v1 --pool default-pool --physical; vol-delete v1 --pool default-pool --delete-snapshots; vol-list default-pool
