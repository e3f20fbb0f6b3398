-c
test:///default
define src/test/resources/virsh/dom-bar.xml; list --name --uuid; list --all --name --uuid; list --all --title; list --all --table --title; list --id; list --id --name; list --all --id --uuid; list --all --name --title; list --table --name
