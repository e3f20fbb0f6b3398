package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrFixed;

/** remote_nonnull_storage_pool: a storage pool as it crosses the wire. */
public record NonnullStoragePool(String name, @XdrFixed(16) byte[] uuid) {
}
