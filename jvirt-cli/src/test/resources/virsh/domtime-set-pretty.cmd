-c
test:///default
domtime test --time 5 --pretty; domtime test --time -62135596800; domtime test --pretty; domtime test --time 253402300799; domtime test --pretty; domtime test --time 9223372036854775807; domtime test
