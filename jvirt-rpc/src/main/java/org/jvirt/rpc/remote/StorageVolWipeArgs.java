package org.jvirt.rpc.remote;

/** remote_storage_vol_wipe_args. */
public record StorageVolWipeArgs(NonnullStorageVol vol, int flags) {
}
