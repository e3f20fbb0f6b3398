package org.jvirt.rpc.remote;

/** remote_storage_vol_get_path_args. */
public record StorageVolGetPathArgs(NonnullStorageVol vol) {
}
