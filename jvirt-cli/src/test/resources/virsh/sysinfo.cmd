-c
test:///default
sysinfo
