-c
test:///default
pool-list; pool-list --details; pool-list --name; pool-list --uuid; pool-list --uuid --name; pool-info default-pool; pool-info --bytes default-pool; pool-dumpxml default-pool; pool-uuid default-pool; pool-name dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566; pool-list --all --type dir; pool-list --all --type logical
