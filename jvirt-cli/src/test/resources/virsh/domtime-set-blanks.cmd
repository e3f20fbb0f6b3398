-c
test:///default
setvcpus test "1 " --live; setvcpus test " 1" --live; vcpucount test --live --active; blkiotune test --weight "500 "; blkiotune test --weight " 500"; domtime test --time "+-5"; domtime test --time "	5"; domtime test --time "5	"; blockcopy nosuch vda --granularity "4 "; blockcopy nosuch vda --granularity " +4" --dest x
