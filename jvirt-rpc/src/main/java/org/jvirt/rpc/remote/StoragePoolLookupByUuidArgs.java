package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrFixed;

/** remote_storage_pool_lookup_by_uuid_args. */
public record StoragePoolLookupByUuidArgs(@XdrFixed(16) byte[] uuid) {
}
