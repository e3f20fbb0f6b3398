-c
test:///default
snapshot-create-as test a --description about; snapshot-create-as test b; snapshot-edit test a; snapshot-info test a; snapshot-dumpxml test a --xpath /domainsnapshot/description; snapshot-current test --name
