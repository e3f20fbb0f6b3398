package org.jvirt.rpc.remote;

/** remote_nonnull_storage_vol: a volume as it crosses the wire, named by its pool's name, its own name and its key. */
public record NonnullStorageVol(String pool, String name, String key) {
}
