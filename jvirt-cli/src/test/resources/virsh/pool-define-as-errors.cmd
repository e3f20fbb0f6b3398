-c
test:///default
pool-define-as bad bogus; pool-define-as bad dir; pool-define-as bad dir --secret-usage a --secret-uuid b; pool-define-as p1 dir --target /p1; pool-define-as default-pool dir --target /elsewhere; pool-define-as bad dir --source-name ''; pool-list --all
