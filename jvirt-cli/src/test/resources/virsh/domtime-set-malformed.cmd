-c
test:///default
domtime test --time abc; domtime test --time 99999999999999999999; domtime test --time 0x10; domtime test --time " 7"; domtime test; domtime test --time "8 "; domtime test --time +9; domtime test; domtime test --time ""
