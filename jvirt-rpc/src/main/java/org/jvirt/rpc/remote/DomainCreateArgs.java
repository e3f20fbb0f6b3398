package org.jvirt.rpc.remote;

/** remote_domain_create_args. */
public record DomainCreateArgs(NonnullDomain dom) {
}
