-c
test:///default
iothreadadd test 0; iothreadadd test -1; iothreaddel test 0; iothreadpin test 1 0; iothreadadd test 3; iothreadpin test 3 99; iothreadpin test 3 x; iothreadset test 3; iothreadset test 3 --poll-max-ns 100 --poll-grow 2 --poll-shrink 3; iothreadset test 4 --poll-grow 2; iothreadset test 3 --thread-pool-min 2 --thread-pool-max 4; iothreadset test 3 --poll-grow 2 --config; iothreadset test 0 --poll-grow 1; iothreadinfo test --live --config
