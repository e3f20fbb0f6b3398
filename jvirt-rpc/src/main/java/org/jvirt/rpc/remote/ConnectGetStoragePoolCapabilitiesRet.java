package org.jvirt.rpc.remote;

/** remote_connect_get_storage_pool_capabilities_ret. */
public record ConnectGetStoragePoolCapabilitiesRet(String capabilities) {
}
