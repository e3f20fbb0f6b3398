-c
test:///default
define src/test/resources/virsh/dom-bar.xml; setmem test 1048576 --config; setvcpus test 1 --config; setmaxmem bar 2G --config; desc test --config --title 'New title'; dumpxml test; dumpxml test --inactive; dumpxml test --security-info; dumpxml bar; dumpxml bar --inactive --security-info
