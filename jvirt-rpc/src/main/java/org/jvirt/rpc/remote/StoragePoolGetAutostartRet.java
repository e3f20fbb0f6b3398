package org.jvirt.rpc.remote;

/** remote_storage_pool_get_autostart_ret. */
public record StoragePoolGetAutostartRet(int autostart) {
}
