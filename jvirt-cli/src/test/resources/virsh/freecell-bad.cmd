-c
test:///default
freecell
--cellno
abc
