-c
test:///default
domif-getlink test vnet0; domif-getlink test 11:22:33:44:55:66; domif-getlink nosuch x; domif-getlink test ''; create src/test/resources/virsh/dom-vnc.xml; domif-getlink vnc 52:54:00:12:34:57
