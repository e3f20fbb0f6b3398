-c
test:///default
domblkstat test nosuch; domblkstat test; domblkstat test --human; domblkstat nosuch vda
