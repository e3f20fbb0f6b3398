package org.jvirt.rpc.remote;

/** remote_domain_is_updated_args. */
public record DomainIsUpdatedArgs(NonnullDomain dom) {
}
