-c
test:///default
create src/test/resources/virsh/tdom-d2.xml; domstats d2 test; domstats --list-transient; domifaddr d2; domfsinfo d2; cpu-stats d2 --total
