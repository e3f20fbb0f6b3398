package org.jvirt.rpc.remote;

/** remote_storage_vol_resize_args. */
public record StorageVolResizeArgs(NonnullStorageVol vol, long capacity, int flags) {
}
