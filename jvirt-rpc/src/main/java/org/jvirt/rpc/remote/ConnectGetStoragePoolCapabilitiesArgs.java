package org.jvirt.rpc.remote;

/** remote_connect_get_storage_pool_capabilities_args. */
public record ConnectGetStoragePoolCapabilitiesArgs(int flags) {
}
