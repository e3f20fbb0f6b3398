-c
test:///default
create src/test/resources/virsh/memdev-virtio-mem.xml; update-memory-device vmem --print-xml; update-memory-device vmem --requested-size 256M --print-xml; update-memory-device vmem --alias ua-mem0 --requested-size 0 --print-xml; update-memory-device vmem --node 0 --requested-size 1500 --print-xml; update-memory-device vmem --requested-size 256M; update-memory-device vmem --config --print-xml; update-memory-device vmem --alias nosuch; dumpxml vmem --xpath //devices/memory
