package org.jvirt.rpc.remote;

/** remote_domain_del_iothread_args. */
public record DomainDelIothreadArgs(NonnullDomain dom, int iothreadId, int flags) {
}
