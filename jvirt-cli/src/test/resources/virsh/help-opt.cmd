-c
test:///default
dominfo
--help
