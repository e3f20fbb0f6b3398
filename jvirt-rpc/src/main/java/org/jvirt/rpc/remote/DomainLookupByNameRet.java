package org.jvirt.rpc.remote;

/** remote_domain_lookup_by_name_ret. */
public record DomainLookupByNameRet(NonnullDomain dom) {
}
