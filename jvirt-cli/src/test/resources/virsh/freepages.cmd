-c
test:///default
freepages --all; freepages 0 4; freepages 1 2M; freepages --cellno -1 --pagesize 1G; freepages --all --pagesize 8; freepages 5 3; freepages; freepages 0; freepages -2 4; freepages --all 0; freepages 0 abc; freepages --pagesize 4
