-c
test:///default
dompmsuspend test mem; dompmsuspend test disk --duration 5; dompmsuspend test bogus; dompmsuspend test hybrid --duration x; dompmwakeup test; dompmsuspend nosuch mem
