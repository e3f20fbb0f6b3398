package org.jvirt.rpc.remote;

/** remote_storage_pool_is_active_ret. */
public record StoragePoolIsActiveRet(int active) {
}
