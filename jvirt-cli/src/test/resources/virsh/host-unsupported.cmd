-c
test:///default
allocpages 4 100; allocpages --cellno 0 4KiB 10 --add; allocpages 2M 10 --all; allocpages 4 abc; allocpages abc 4; allocpages 4 10 --cellno 0 --all; node-memory-tune; node-memory-tune --shm-pages-to-scan 10; node-memory-tune --shm-sleep-millisecs abc; nodesuspend mem 60; nodesuspend disk 0; nodesuspend foo 60; nodesuspend mem abc; nodesevinfo
