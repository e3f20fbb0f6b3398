-c
test:///default
dommemstat test --live; dommemstat test --config; dommemstat test --current; dommemstat test --period -1; dommemstat test --period x; dommemstat test --current --live; dommemstat nosuch
