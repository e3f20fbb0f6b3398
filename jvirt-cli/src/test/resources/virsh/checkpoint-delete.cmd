-c
test:///default
checkpoint-create-as test a; checkpoint-create-as test b; checkpoint-create-as test c; checkpoint-create-as test d; checkpoint-delete test b; checkpoint-list test --tree; checkpoint-delete test a --children-only; checkpoint-list test --name; checkpoint-create-as test e; checkpoint-parent test e; checkpoint-delete test a --metadata; checkpoint-parent test e; checkpoint-create-as test f; checkpoint-delete test e --children; checkpoint-list test --name; checkpoint-delete test zz; checkpoint-delete test; checkpoint-delete test e --children --children-only
