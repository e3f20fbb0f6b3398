-c
test:///default
pool-edit default-pool; pool-dumpxml default-pool; pool-destroy default-pool; pool-dumpxml default-pool
