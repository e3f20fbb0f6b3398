package org.jvirt.rpc.remote;

/** remote_storage_pool_get_autostart_args. */
public record StoragePoolGetAutostartArgs(NonnullStoragePool pool) {
}
