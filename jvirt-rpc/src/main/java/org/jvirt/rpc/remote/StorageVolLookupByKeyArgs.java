package org.jvirt.rpc.remote;

/** remote_storage_vol_lookup_by_key_args. */
public record StorageVolLookupByKeyArgs(String key) {
}
