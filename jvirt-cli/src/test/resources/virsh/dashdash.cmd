-c
test:///default
dominfo
--
test
