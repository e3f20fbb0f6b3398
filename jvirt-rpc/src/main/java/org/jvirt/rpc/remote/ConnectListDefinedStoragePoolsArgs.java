package org.jvirt.rpc.remote;

/** remote_connect_list_defined_storage_pools_args. */
public record ConnectListDefinedStoragePoolsArgs(int maxnames) {
}
