package org.jvirt.rpc.remote;

/** remote_storage_pool_lookup_by_name_ret. */
public record StoragePoolLookupByNameRet(NonnullStoragePool pool) {
}
