-c
test:///default
suspend test; domtime test --time 5; domtime test; resume test; domtime test
