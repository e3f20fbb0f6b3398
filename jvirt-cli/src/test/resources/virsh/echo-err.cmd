-c
test:///default
echo
--err
hi
