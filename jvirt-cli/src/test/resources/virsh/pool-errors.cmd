-c
test:///default
pool-info nosuch; pool-start default-pool; pool-undefine default-pool; pool-build default-pool; pool-delete default-pool; pool-name nosuch; pool-uuid nosuch; pool-list --type bogus
