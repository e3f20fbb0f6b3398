package org.jvirt.rpc.remote;

/** remote_storage_pool_is_active_args. */
public record StoragePoolIsActiveArgs(NonnullStoragePool pool) {
}
