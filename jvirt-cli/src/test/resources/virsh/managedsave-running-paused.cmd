-c
test:///default
managedsave test --running --paused
