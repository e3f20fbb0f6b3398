-c
test:///default
echo a # comment
