-c
test:///default
echo
--shell
a
b c
