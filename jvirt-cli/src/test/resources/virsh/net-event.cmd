-c
test:///default
net-event --list; net-event --event lifecycle --timeout 1; net-event --network default --event lifecycle --timeout 1 --loop --timestamp; net-event --network dd8fe884-6c02-601e-7551-cca97df1c5df --event lifecycle --timeout 1; net-event --event bogus; net-event; net-event --network nope --event lifecycle --timeout 1; net-event --event lifecycle --timeout 0; net-event --event bogus --timeout 0; net-event --list --event bogus
