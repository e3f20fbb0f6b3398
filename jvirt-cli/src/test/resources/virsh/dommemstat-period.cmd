-c
test:///default
dommemstat test --period 5; dommemstat test --period 5 --live --config
