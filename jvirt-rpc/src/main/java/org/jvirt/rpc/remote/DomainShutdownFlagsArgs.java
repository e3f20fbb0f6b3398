package org.jvirt.rpc.remote;

/** remote_domain_shutdown_flags_args. */
public record DomainShutdownFlagsArgs(NonnullDomain dom, int flags) {
}
