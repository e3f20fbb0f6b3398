package org.jvirt.rpc.remote;

/** remote_storage_pool_create_args. */
public record StoragePoolCreateArgs(NonnullStoragePool pool, int flags) {
}
