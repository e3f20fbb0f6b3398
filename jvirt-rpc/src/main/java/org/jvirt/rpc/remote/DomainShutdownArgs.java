package org.jvirt.rpc.remote;

/** remote_domain_shutdown_args. */
public record DomainShutdownArgs(NonnullDomain dom) {
}
