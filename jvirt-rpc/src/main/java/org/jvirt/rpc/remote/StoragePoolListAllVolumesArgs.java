package org.jvirt.rpc.remote;

/** remote_storage_pool_list_all_volumes_args. */
public record StoragePoolListAllVolumesArgs(NonnullStoragePool pool, int needResults, int flags) {
}
