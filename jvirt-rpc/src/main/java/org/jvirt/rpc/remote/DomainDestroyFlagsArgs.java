package org.jvirt.rpc.remote;

/** remote_domain_destroy_flags_args. */
public record DomainDestroyFlagsArgs(NonnullDomain dom, int flags) {
}
