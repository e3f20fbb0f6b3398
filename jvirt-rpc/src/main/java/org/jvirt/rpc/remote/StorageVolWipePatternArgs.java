package org.jvirt.rpc.remote;

/** remote_storage_vol_wipe_pattern_args. */
public record StorageVolWipePatternArgs(NonnullStorageVol vol, int algorithm, int flags) {
}
