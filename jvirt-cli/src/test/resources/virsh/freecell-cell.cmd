-c
test:///default
freecell
1
