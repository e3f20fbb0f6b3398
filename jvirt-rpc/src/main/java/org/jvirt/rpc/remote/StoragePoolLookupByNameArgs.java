package org.jvirt.rpc.remote;

/** remote_storage_pool_lookup_by_name_args. */
public record StoragePoolLookupByNameArgs(String name) {
}
