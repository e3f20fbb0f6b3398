package org.jvirt.rpc.remote;

/** remote_domain_create_with_flags_args. */
public record DomainCreateWithFlagsArgs(NonnullDomain dom, int flags) {
}
