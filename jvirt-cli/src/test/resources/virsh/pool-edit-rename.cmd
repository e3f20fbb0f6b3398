-c
test:///default
pool-edit default-pool; pool-list --all --details; pool-edit default-pool
