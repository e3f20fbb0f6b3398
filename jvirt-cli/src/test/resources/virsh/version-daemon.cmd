-c
test:///default
version
--daemon
