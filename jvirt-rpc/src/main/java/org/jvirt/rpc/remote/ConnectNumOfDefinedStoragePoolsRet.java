package org.jvirt.rpc.remote;

/** remote_connect_num_of_defined_storage_pools_ret. */
public record ConnectNumOfDefinedStoragePoolsRet(int num) {
}
