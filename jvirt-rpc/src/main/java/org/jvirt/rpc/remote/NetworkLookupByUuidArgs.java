package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrFixed;

/** remote_network_lookup_by_uuid_args. */
public record NetworkLookupByUuidArgs(@XdrFixed(16) byte[] uuid) {
}
