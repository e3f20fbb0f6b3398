-c
test:///default
snapshot-create-as test s1 --halt --live; list --all; start test; snapshot-create-as test s2 --halt --quiesce --disk-only; list --all; snapshot-create-as test s3 --halt --validate; list --all; snapshot-list test --name
