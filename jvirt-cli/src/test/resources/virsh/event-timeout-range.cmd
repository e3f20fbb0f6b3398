-c
test:///default
event --all --timeout +05000000000; net-event --event lifecycle --timeout ' 4294967296'; pool-event --event lifecycle --timeout 4294967295; nodedev-event --event lifecycle --timeout +05000000000; event --all --timeout 99999999999999999999
