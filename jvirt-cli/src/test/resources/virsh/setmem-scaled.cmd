-c
test:///default
setmem test 5x --config; setmem test 5kx; setmem test 18014398509481984k; setmem test 99999999999999999999; setmem test -5; setmem test 5iB; setmem test 1G --config; setmem test 1000000KB --config; setmem test 1073741824bytes --config; setmem test ' +512M' --config; dumpxml test --inactive
