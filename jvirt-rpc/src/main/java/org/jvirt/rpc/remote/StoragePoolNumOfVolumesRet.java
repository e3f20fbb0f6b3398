package org.jvirt.rpc.remote;

/** remote_storage_pool_num_of_volumes_ret. */
public record StoragePoolNumOfVolumesRet(int num) {
}
