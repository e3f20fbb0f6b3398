package org.jvirt.rpc.remote;

/** remote_storage_pool_lookup_by_volume_ret. */
public record StoragePoolLookupByVolumeRet(NonnullStoragePool pool) {
}
