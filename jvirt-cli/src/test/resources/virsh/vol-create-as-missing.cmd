-c
test:///default
vol-create-as default-pool x
