-c
test:///default
create src/test/resources/virsh/dom-vnc.xml; domif-getlink vnc 52:54:00:12:34:56; domif-getlink vnc testnet1; ttyconsole vnc; define src/test/resources/virsh/dom-vnc.xml; domif-getlink vnc 52:54:00:12:34:56 --config
