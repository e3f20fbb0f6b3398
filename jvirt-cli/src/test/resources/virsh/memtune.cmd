-c
test:///default
memtune test; memtune test --hard-limit 1024000 --soft-limit 512000; memtune test; memtune test --config --swap-hard-limit 2G; memtune test --config; memtune test --hard-limit -1; memtune test --hard-limit 0; memtune test; dumpxml test; dumpxml test --inactive
