-c
test:///default
console test; console test --force --safe --devname serial0; console nosuch
