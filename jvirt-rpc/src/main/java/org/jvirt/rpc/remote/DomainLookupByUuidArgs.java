package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrFixed;

/** remote_domain_lookup_by_uuid_args. */
public record DomainLookupByUuidArgs(@XdrFixed(16) byte[] uuid) {
}
