-c
test:///default
freecell
--all
--cellno
0
