-c
test:///default
define src/test/resources/virsh/dom-foo.xml; list --all; start foo; domstate foo --reason; suspend foo; domstate foo --reason; resume foo; reboot foo; reset foo; shutdown foo; domstate foo --reason; start foo; destroy foo; start foo; start foo; destroy foo; destroy foo; undefine foo; list --all
