package org.jvirt.rpc.remote;

/** remote_storage_pool_get_info_args. */
public record StoragePoolGetInfoArgs(NonnullStoragePool pool) {
}
