-c
test:///default
create src/test/resources/virsh/dom-vnc.xml; vncdisplay vnc; create src/test/resources/virsh/dom-vnc2.xml; vncdisplay vnc2
