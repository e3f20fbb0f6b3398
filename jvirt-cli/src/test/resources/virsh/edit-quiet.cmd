-q
-c
test:///default
edit test; net-edit default; edit test
