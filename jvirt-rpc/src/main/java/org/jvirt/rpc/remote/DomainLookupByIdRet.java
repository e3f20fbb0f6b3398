package org.jvirt.rpc.remote;

/** remote_domain_lookup_by_id_ret. */
public record DomainLookupByIdRet(NonnullDomain dom) {
}
