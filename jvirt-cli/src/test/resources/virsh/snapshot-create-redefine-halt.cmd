-c
test:///default
snapshot-create test --redefine --halt; snapshot-create test --redefine --halt --no-metadata; snapshot-create test --current --halt; snapshot-create test --redefine --current --halt; destroy test; snapshot-create test --redefine --halt; list --all
