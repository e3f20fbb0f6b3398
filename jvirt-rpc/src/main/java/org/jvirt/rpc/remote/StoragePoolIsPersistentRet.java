package org.jvirt.rpc.remote;

/** remote_storage_pool_is_persistent_ret. */
public record StoragePoolIsPersistentRet(int persistent) {
}
