-c
test:///default
secret-event --list; secret-event; secret-event --event foo; secret-event --event lifecycle; secret-event --secret 11111111-1111-1111-1111-111111111111 --event value-changed; secret-event --secret foo --event lifecycle --timeout 1
