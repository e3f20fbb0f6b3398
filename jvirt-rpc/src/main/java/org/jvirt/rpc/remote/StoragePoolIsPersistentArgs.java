package org.jvirt.rpc.remote;

/** remote_storage_pool_is_persistent_args. */
public record StoragePoolIsPersistentArgs(NonnullStoragePool pool) {
}
