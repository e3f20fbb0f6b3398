package org.jvirt.rpc.remote;

/** remote_storage_vol_lookup_by_name_ret. */
public record StorageVolLookupByNameRet(NonnullStorageVol vol) {
}
