package org.jvirt.rpc.remote;

/** remote_storage_vol_get_info_flags_args. */
public record StorageVolGetInfoFlagsArgs(NonnullStorageVol vol, int flags) {
}
