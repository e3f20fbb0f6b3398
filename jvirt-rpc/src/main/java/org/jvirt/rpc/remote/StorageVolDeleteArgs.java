package org.jvirt.rpc.remote;

/** remote_storage_vol_delete_args. */
public record StorageVolDeleteArgs(NonnullStorageVol vol, int flags) {
}
