-c
test:///default
define src/test/resources/virsh/cdrom-guest.xml; detach-interface cdg user --print-xml; detach-interface cdg network --print-xml; detach-interface cdg network --mac 52:54:00:00:00:03 --print-xml; detach-interface cdg network --mac 52:54:00:00:00:99; detach-interface cdg bridge; detach-interface cdg user; detach-interface test network --print-xml; detach-interface test network --config
