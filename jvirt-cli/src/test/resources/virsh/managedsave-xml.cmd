-c
test:///default
managedsave-dumpxml test; managedsave-dumpxml test --security-info --xpath //name; managedsave-define test src/test/resources/virsh/save-image-new.xml; managedsave-define test src/test/resources/virsh/save-image-new.xml --running --paused; managedsave-define test target/virsh-tmp/nosuch.xml; managedsave-edit test; managedsave-edit nosuch; managedsave-dumpxml nosuch
