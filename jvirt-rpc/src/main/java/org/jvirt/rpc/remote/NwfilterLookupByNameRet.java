package org.jvirt.rpc.remote;

/** remote_nwfilter_lookup_by_name_ret. */
public record NwfilterLookupByNameRet(NonnullNwfilter nwfilter) {
}
