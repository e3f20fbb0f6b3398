-c
test:///default
create src/test/resources/virsh/dom-foo.xml; suspend foo; define src/test/resources/virsh/dom-bar.xml; list --state-running --state-shutoff; list --state-running --state-paused; list --state-other; list --state-paused --state-other --name; list --state-shutoff; list --all --state-shutoff --state-paused; list --inactive --state-running; list --all --state-running --state-paused --state-shutoff --state-other
