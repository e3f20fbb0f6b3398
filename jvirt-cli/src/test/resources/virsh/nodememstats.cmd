-c
test:///default
nodememstats
