-c
test:///default
domstats; domstats test; domstats --raw test; domstats --vcpu; domstats --state --vcpu --nowait --backing; domstats --vcpu --enforce; domstats --list-inactive; destroy test; domstats --list-shutoff; domstats test --list-active; domstats nosuch; domstats --list-persistent --list-transient; start test; domstats 1
