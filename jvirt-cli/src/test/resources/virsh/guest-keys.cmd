-c
test:///default
send-key test 30; send-key test --codeset linux --holdtime 10 KEY_A 30 0x1e BTN_LEFT; send-key test 999; send-key test KEY_MAX; send-key test --codeset bogus 30; send-key test --holdtime -1 30; send-key test 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17; inject-nmi test; destroy test; inject-nmi test; send-key test 30
