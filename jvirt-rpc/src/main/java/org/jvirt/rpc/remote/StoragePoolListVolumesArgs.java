package org.jvirt.rpc.remote;

/** remote_storage_pool_list_volumes_args. */
public record StoragePoolListVolumesArgs(NonnullStoragePool pool, int maxnames) {
}
