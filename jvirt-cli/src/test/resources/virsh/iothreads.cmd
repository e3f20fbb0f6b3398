-c
test:///default
iothreadinfo test; iothreadadd test 5; iothreadadd test 5; iothreadadd test 2 --config; iothreadpin test 5 1-2; iothreadinfo test; iothreadpin test 2 0,3 --config; iothreadinfo test --config; dumpxml test; dumpxml test --inactive; iothreaddel test 5; iothreaddel test 5; iothreadinfo test; dumpxml test
