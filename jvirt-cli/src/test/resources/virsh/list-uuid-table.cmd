-c
test:///default
list --uuid --table
