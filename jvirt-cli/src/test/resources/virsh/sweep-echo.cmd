-c
test:///default
echo --split a,,,b ,c; echo --split a,; echo --split ''; echo --err; echo --err ''; echo --split --err a,b; echo --xml --split a; echo --shell --xml a; echo --shell --split a; echo --err a b
