-c
test:///default
define src/test/resources/virsh/trunc-name.xml; define src/test/resources/virsh/trunc-attrs.xml; net-define src/test/resources/virsh/trunc-bare.xml; pool-define src/test/resources/virsh/trunc-line2.xml
