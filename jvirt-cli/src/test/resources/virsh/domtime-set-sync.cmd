-c
test:///default
domtime test --sync; domtime test; domcontrol test; domtime test --pretty --sync; domtime test
