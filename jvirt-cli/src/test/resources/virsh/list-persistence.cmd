-c
test:///default
create src/test/resources/virsh/dom-foo.xml; define src/test/resources/virsh/dom-bar.xml; autostart bar; list --all --persistent; list --all --transient; list --persistent --transient; list --all --persistent --transient --name; list --all --autostart; list --all --no-autostart; list --autostart --no-autostart --all --name; list --all --with-snapshot; list --all --without-snapshot --name; list --all --with-checkpoint; list --all --without-checkpoint --name
