-c
test:///default
setvcpus test 5 --maximum; setvcpus test 5 --maximum --live; setvcpus test 0 --live; setvcpus test 100 --live; setvcpus test 100 --config; setvcpus test 3 --guest; setvcpus test 1 --hotpluggable --config; setvcpus test -1; setvcpus test x; setvcpus test 2 --maximum --current; setvcpus test 2 --live --config; setvcpus test 2 --guest --config; setvcpus nosuch -1
