-c
test:///default
guestinfo test; guestinfo test --os --user --disk; domjobabort test; domjobabort test --postcopy; get-user-sshkeys test root; set-user-sshkeys test root; set-user-sshkeys test root --file src/test/resources/virsh/tdom-sshkeys.txt; set-user-sshkeys test root --reset; set-user-sshkeys test root --file /nonexist; set-user-sshkeys test root --reset --remove; set-user-sshkeys test root --file src/test/resources/virsh/tdom-sshkeys.txt --remove
