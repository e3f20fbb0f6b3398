-c
test:///default
echo a\ b "c;d" 'e f'
