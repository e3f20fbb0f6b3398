-c
test:///default
memtune test --hard-limit 1.5; memtune test --soft-limit 0x10; memtune test --min-guarantee 99999999999999999999; numatune test --config --live; iothreadset test 1 --thread-pool-min 1; iothreadadd test 3 --live; iothreadset test 3 --thread-pool-max 1
