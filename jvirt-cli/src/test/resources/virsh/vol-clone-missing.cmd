-c
test:///default
vol-clone
--newname
x
