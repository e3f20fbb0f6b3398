-c
test:///default
domtime test --time 5; destroy test; start test; domtime test; domtime 2 --time 6; domtime 6695eb01-f6a4-8304-79aa-97f2502e193f; define src/test/resources/virsh/cdrom-guest.xml; start cdg; domtime cdg --time 7; destroy cdg; undefine cdg; define src/test/resources/virsh/cdrom-guest.xml; start cdg; domtime cdg
