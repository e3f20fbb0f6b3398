-c
test:///default
ttyconsole nosuch
