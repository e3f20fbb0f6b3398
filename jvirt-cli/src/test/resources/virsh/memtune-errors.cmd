-c
test:///default
memtune test --min-guarantee 5; memtune test --hard-limit 5000 --swap-hard-limit 4000; memtune test --soft-limit x; memtune test --live --config; memtune nosuch; memtune test --current --live
