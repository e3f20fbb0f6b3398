-c
test:///default
domjobinfo test --completed; domjobinfo test --rawstats; domjobinfo test --anystats; domjobinfo test --keep-completed; domjobinfo nosuch; destroy test; domjobinfo test
