-c
test:///default
domtime test --time 5; domtime test; domtime test --pretty; domtime test --time -5; domtime test --pretty; domcontrol test; domtime test --time 12000; domcontrol test
