-c
test:///default
nodedev-event --list; nodedev-event --event lifecycle --timeout 1; nodedev-event --event update --device computer --timeout 1 --loop; nodedev-event --event bogus; nodedev-event; nodedev-event --device nope --event update --timeout 1; nodedev-event --event lifecycle --timeout 0
