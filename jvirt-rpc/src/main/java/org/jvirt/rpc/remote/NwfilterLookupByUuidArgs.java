package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrFixed;

/** remote_nwfilter_lookup_by_uuid_args. */
public record NwfilterLookupByUuidArgs(@XdrFixed(16) byte[] uuid) {
}
