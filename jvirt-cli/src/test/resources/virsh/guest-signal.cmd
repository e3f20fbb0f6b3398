-c
test:///default
send-process-signal test 1 kill; send-process-signal test 1 sigterm; send-process-signal test 1 SIGUSR1; send-process-signal test 1 rt5; send-process-signal test 1 15; send-process-signal test 1 99; send-process-signal test 0 kill; send-process-signal test -5 kill; send-process-signal test 1 bogus; send-process-signal test x kill; set-user-password test root secret; set-user-password test root x --encrypted; destroy test; send-process-signal test 1 kill; set-user-password test root x
