-c
test:///default
domtime test --time 5 --now; domtime test --sync --now; domtime test --time 5 --sync; domtime test
