-c
test:///default
nodecpumap; nodecpumap --pretty
