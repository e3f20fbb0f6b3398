-c
test:///default
create src/test/resources/virsh/memdev-dimm.xml; update-memory-device vdimm --print-xml; update-memory-device vdimm --requested-size 1M --print-xml; update-memory-device vdimm --requested-size 0
