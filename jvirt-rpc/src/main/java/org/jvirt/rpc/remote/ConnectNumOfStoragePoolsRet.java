package org.jvirt.rpc.remote;

/** remote_connect_num_of_storage_pools_ret. */
public record ConnectNumOfStoragePoolsRet(int num) {
}
