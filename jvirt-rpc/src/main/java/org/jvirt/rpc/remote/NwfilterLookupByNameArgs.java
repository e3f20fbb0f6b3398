package org.jvirt.rpc.remote;

/** remote_nwfilter_lookup_by_name_args. */
public record NwfilterLookupByNameArgs(String name) {
}
