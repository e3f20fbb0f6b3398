-c
test:///default
detach-disk test vda --print-xml; detach-disk test /guest/diskimage1 --print-xml; detach-disk test vdz; detach-disk test vda; detach-disk test vda --config; detach-disk nosuch vda
