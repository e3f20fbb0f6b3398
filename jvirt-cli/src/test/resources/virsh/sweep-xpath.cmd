-c
test:///default
net-dumpxml default --xpath x; net-dumpxml default --xpath //ip/@address; net-dumpxml default --xpath //range --wrap; pool-dumpxml default-pool --xpath //path; pool-dumpxml default-pool --xpath 'string(//capacity)'
