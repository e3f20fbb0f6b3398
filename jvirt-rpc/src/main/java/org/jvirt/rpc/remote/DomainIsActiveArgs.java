package org.jvirt.rpc.remote;

/** remote_domain_is_active_args. */
public record DomainIsActiveArgs(NonnullDomain dom) {
}
