-c
test:///default
freecell
--all
