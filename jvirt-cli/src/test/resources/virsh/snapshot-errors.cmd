-c
test:///default
snapshot-parent test --current; snapshot-current test; snapshot-info test nosuch; snapshot-create-as test s1; snapshot-parent test s1; snapshot-delete test s1 --metadata; snapshot-create-as test s1; snapshot-create-as test x --disk-only; snapshot-create-as test y --no-metadata; snapshot-revert test; snapshot-info test --current --snapshotname s1
