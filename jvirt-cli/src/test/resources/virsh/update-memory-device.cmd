-c
test:///default
update-memory-device test; update-memory-device test --alias x --print-xml; update-memory-device test --node 0 --requested-size 1G --config; update-memory-device test --live --config; update-memory-device test --current --live; update-memory-device nosuch; update-memory-device test --requested-size abc
