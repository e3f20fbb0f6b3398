-c
test:///default
setmem test 1024 --config --current; setmem test 1024 --live --current; setmem test 1024 --live; setmem test 1048576 --config; dumpxml test --inactive; setmem test 1024 --current; dominfo test; destroy test; setmem test 1024 --live; setmem test 2048 --current; setmem test 4096; dominfo test
