-c
test:///default
help vol-create-as; help pool-create-as; help find-storage-pool-sources-as; help volume
