package org.jvirt.rpc.remote;

/** remote_storage_vol_lookup_by_path_ret. */
public record StorageVolLookupByPathRet(NonnullStorageVol vol) {
}
