-c
test:///default
setmem test 0 --config; setmem test 9007199254740992 --config; setmaxmem test 0
