package org.jvirt.rpc.remote;

/** remote_storage_vol_lookup_by_name_args. */
public record StorageVolLookupByNameArgs(NonnullStoragePool pool, String name) {
}
