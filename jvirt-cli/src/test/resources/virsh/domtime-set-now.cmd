-c
test:///default
domtime test --time 5; domtime test --now; domcontrol test
