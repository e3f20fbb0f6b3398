package org.jvirt.rpc.remote;

/** remote_storage_pool_destroy_args. */
public record StoragePoolDestroyArgs(NonnullStoragePool pool) {
}
