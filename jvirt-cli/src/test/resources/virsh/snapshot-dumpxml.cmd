-c
test:///default
destroy test; snapshot-create-as test s1 --description "<x>"; snapshot-dumpxml test s1 --xpath //description; snapshot-dumpxml test s1 --xpath //disks --wrap; snapshot-create-as test --print-xml --name a --description d --diskspec vda,snapshot=external,file=/tmp/x,driver=qcow2 --memspec /m,snapshot=external
