-c
test:///default
migrate test test:///default; migrate test test:///default --p2p; migrate test test:///default --direct; migrate test test:///default --offline; migrate test test:///default --p2p --offline; migrate test test:///default --tunnelled; migrate test test:///default --p2p --tunnelled; migrate test test:///default --change-protection; migrate test test:///default --xml target/virsh-tmp/nosuch.xml; migrate test test:///default --copy-storage-all --copy-storage-inc; migrate test test:///default --live --verbose --bandwidth 5 --dname x --migrate-disks vda,vdb
