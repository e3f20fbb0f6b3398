package org.jvirt.rpc.remote;

/** remote_domain_get_state_args. */
public record DomainGetStateArgs(NonnullDomain dom, int flags) {
}
