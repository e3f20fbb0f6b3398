-c
test:///default
setmaxmem test 4096000 --current; setmaxmem test 4096000 --config; setmaxmem test 5x --config; dominfo test; destroy test; setmaxmem test 4096000 --current; setmaxmem test 3000000; setmaxmem test 3000000 --live; dominfo test
