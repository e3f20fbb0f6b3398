-c
test:///default
destroy test; domtime test --time 5; domtime test --sync; domtime test --now
