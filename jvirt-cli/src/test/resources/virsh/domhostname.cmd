-c
test:///default
domhostname test; domhostname test --source agent; domhostname test --source lease; domhostname test --source foo; domhostname nosuch
