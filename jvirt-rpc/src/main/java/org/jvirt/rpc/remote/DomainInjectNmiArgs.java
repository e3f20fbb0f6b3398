package org.jvirt.rpc.remote;

/** remote_domain_inject_nmi_args. */
public record DomainInjectNmiArgs(NonnullDomain dom, int flags) {
}
