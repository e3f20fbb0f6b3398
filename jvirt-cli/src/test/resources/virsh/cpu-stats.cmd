-c
test:///default
cpu-stats test --total; cpu-stats test --start 0 --count 1; cpu-stats test --count 1; cpu-stats test --start -1; cpu-stats test --count -1; destroy test; cpu-stats test --count 1; cpu-stats test --total
