-c
test:///default
perf test; perf test --enable cmt,cpu_cycles; perf test --disable cmt --live; perf test --live; perf test --config --enable bus_cycles; dumpxml test; dumpxml test --inactive; perf test --enable bogus
