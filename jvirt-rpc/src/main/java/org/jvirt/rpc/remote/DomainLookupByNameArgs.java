package org.jvirt.rpc.remote;

/** remote_domain_lookup_by_name_args. */
public record DomainLookupByNameArgs(String name) {
}
