package org.jvirt.rpc.remote;

/** remote_storage_pool_build_args. */
public record StoragePoolBuildArgs(NonnullStoragePool pool, int flags) {
}
