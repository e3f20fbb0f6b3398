-c
test:///default
numatune test --nodeset x; numatune test --mode bogus; numatune test --config --mode 7; numatune test --nodeset 0,^0
