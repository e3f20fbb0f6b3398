-c
test:///default
pool-define src/test/resources/virsh/vol-foo.xml
