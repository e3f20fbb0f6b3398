package org.jvirt.rpc.remote;

/** remote_nwfilter_lookup_by_uuid_ret. */
public record NwfilterLookupByUuidRet(NonnullNwfilter nwfilter) {
}
