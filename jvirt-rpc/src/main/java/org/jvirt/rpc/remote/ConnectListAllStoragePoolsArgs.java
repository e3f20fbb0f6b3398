package org.jvirt.rpc.remote;

/** remote_connect_list_all_storage_pools_args. */
public record ConnectListAllStoragePoolsArgs(int needResults, int flags) {
}
