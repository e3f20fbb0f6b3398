package org.jvirt.rpc.remote;

/** remote_storage_pool_delete_args. */
public record StoragePoolDeleteArgs(NonnullStoragePool pool, int flags) {
}
