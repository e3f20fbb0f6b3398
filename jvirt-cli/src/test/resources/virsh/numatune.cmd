-c
test:///default
numatune test; numatune test --mode interleave; numatune test --nodeset 1-2,^2; numatune test; numatune test --mode strict; numatune test --mode preferred; numatune test --config --mode interleave --nodeset 0-3; numatune test --config; dumpxml test; dumpxml test --inactive
