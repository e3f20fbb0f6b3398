-c
test:///default
vncdisplay test; vncdisplay nosuch; destroy test; vncdisplay test
