package org.jvirt.rpc.remote;

/** remote_domain_lookup_by_uuid_ret. */
public record DomainLookupByUuidRet(NonnullDomain dom) {
}
