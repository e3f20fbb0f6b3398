-c
test:///default
schedinfo test --current; schedinfo test --config; schedinfo test --live --config; schedinfo test --weight abc; schedinfo test --weight -1; schedinfo test --set weight=4294967296; schedinfo test --set weight=-4294967295; schedinfo test --set weight=5 --weight 6; schedinfo test --cap 5
