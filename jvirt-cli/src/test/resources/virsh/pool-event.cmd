-c
test:///default
pool-event --list; pool-event --event refresh --timeout 1; pool-event --pool default-pool --event lifecycle --timeout 1 --loop --timestamp; pool-event --pool dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566 --event refresh --timeout 1; pool-event --event bogus; pool-event; pool-event --pool nope --event lifecycle --timeout 1; pool-event --event lifecycle --timeout +0; pool-event --pool default --event refresh --timeout 1
