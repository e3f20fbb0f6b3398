-c
test:///default
domdisplay test; domdisplay test --type vnc; domdisplay test --include-password; domdisplay test --all; domdisplay nosuch
