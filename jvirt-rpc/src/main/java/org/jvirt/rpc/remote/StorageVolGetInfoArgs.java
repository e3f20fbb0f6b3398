package org.jvirt.rpc.remote;

/** remote_storage_vol_get_info_args. */
public record StorageVolGetInfoArgs(NonnullStorageVol vol) {
}
