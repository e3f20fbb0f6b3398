-c
test:///default
pool-list --inactive --all; pool-list --details --uuid --name; pool-list --name --details; iface-list --all --inactive; nodedev-list --all --inactive; snapshot-list nosuch --descendants; snapshot-list nosuch --leaves --inactive --tree; snapshot-list nosuch --internal --tree; snapshot-list nosuch --descendants --inactive --tree; checkpoint-list nosuch --no-leaves --tree; snapshot-create-as test s1; snapshot-list test --descendants --current --name
