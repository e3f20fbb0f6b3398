package org.jvirt.rpc.remote;

/** remote_connect_list_storage_pools_args. */
public record ConnectListStoragePoolsArgs(int maxnames) {
}
