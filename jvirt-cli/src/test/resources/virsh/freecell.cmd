-c
test:///default
freecell
