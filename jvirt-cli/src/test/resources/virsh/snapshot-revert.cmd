-c
test:///default
snapshot-create-as test run; snapshot-revert test run; domstate test --reason; suspend test; snapshot-create-as test pau; destroy test; snapshot-create-as test off; snapshot-revert test pau; domstate test --reason; snapshot-revert test off; domstate test --reason; snapshot-revert test run --paused; domstate test --reason; snapshot-revert test off --running; snapshot-current test --name
