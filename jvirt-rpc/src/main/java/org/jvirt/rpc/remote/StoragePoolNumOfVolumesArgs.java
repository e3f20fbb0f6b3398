package org.jvirt.rpc.remote;

/** remote_storage_pool_num_of_volumes_args. */
public record StoragePoolNumOfVolumesArgs(NonnullStoragePool pool) {
}
