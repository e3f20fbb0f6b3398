-c
test:///default
setmem test 1024; dommemstat test; setmem test 2G --config; dumpxml test --inactive
