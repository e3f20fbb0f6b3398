-c
test:///default
dominfo
--domain
