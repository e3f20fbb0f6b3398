package org.jvirt.rpc.remote;

/** remote_storage_vol_upload_args: offset and length are unsigned hyper. */
public record StorageVolUploadArgs(NonnullStorageVol vol, long offset, long length, int flags) {
}
