-c
test:///default
ttyconsole
