-c
test:///default
ttyconsole test
