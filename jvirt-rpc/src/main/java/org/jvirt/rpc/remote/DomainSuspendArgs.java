package org.jvirt.rpc.remote;

/** remote_domain_suspend_args. */
public record DomainSuspendArgs(NonnullDomain dom) {
}
