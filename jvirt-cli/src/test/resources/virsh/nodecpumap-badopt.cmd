-c
test:///default
nodecpumap
--foo
