package org.jvirt.rpc.remote;

/** remote_storage_pool_undefine_args. */
public record StoragePoolUndefineArgs(NonnullStoragePool pool) {
}
