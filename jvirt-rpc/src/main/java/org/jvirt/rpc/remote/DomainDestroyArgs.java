package org.jvirt.rpc.remote;

/** remote_domain_destroy_args. */
public record DomainDestroyArgs(NonnullDomain dom) {
}
