package org.jvirt.rpc.remote;

/** remote_domain_undefine_flags_args. */
public record DomainUndefineFlagsArgs(NonnullDomain dom, int flags) {
}
