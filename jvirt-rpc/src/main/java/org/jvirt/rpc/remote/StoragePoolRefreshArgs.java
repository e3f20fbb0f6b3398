package org.jvirt.rpc.remote;

/** remote_storage_pool_refresh_args. */
public record StoragePoolRefreshArgs(NonnullStoragePool pool, int flags) {
}
