package org.jvirt.rpc.remote;

/** remote_domain_lookup_by_id_args. */
public record DomainLookupByIdArgs(int id) {
}
