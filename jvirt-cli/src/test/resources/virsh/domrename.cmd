-c
test:///default
domrename test x; destroy test; domrename test a/b; domrename test ''; domrename test test; domrename test new; list --all; domrename new test; dominfo test
