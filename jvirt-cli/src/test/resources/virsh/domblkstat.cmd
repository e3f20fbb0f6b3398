-c
test:///default
domblkstat test vda; domblkstat test vda --human; domblkstat test --device vda
