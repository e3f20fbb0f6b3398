package org.jvirt.rpc.remote;

/** remote_storage_pool_set_autostart_args. */
public record StoragePoolSetAutostartArgs(NonnullStoragePool pool, int autostart) {
}
