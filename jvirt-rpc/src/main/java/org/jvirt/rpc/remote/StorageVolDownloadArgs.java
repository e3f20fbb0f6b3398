package org.jvirt.rpc.remote;

/** remote_storage_vol_download_args: offset and length are unsigned hyper. */
public record StorageVolDownloadArgs(NonnullStorageVol vol, long offset, long length, int flags) {
}
