-c
test:///default
pool-edit default-pool; pool-list --all
