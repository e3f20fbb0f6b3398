-c
test:///default
autostart test; list --all --autostart --name; autostart test --disable; list --no-autostart --name
