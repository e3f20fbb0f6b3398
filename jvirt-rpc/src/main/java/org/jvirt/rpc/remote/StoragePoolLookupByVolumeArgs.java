package org.jvirt.rpc.remote;

/** remote_storage_pool_lookup_by_volume_args. */
public record StoragePoolLookupByVolumeArgs(NonnullStorageVol vol) {
}
