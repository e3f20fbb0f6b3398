package org.jvirt.rpc.remote;

/** remote_domain_add_iothread_args. */
public record DomainAddIothreadArgs(NonnullDomain dom, int iothreadId, int flags) {
}
