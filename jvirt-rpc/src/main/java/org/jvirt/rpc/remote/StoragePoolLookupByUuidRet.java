package org.jvirt.rpc.remote;

/** remote_storage_pool_lookup_by_uuid_ret. */
public record StoragePoolLookupByUuidRet(NonnullStoragePool pool) {
}
