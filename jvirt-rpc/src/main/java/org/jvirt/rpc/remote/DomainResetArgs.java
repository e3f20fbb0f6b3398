package org.jvirt.rpc.remote;

/** remote_domain_reset_args. */
public record DomainResetArgs(NonnullDomain dom, int flags) {
}
