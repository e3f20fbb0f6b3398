-c
test:///default
suspend test; event --domain test --event lifecycle --loop --timeout 1 --timestamp; resume test
