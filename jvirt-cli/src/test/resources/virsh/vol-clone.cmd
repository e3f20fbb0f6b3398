-c
test:///default
vol-create-as default-pool a.img 10M --format qcow2; vol-clone a.img b.img --pool default-pool; vol-clone /default-pool/a.img c.img --print-xml; vol-clone a.img b.img; vol-clone a.img b.img --pool default-pool; vol-clone a.img d.img --pool default-pool --prealloc-metadata; vol-clone a.img e.img --pool default-pool --reflink; vol-clone nosuch f.img --pool default-pool; vol-list default-pool --details; vol-dumpxml b.img --pool default-pool
