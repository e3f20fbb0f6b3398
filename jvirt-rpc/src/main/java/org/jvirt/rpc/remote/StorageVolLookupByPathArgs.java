package org.jvirt.rpc.remote;

/** remote_storage_vol_lookup_by_path_args. */
public record StorageVolLookupByPathArgs(String path) {
}
