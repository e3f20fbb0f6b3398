package org.jvirt.rpc.remote;

/** remote_domain_get_iothread_info_args. */
public record DomainGetIothreadInfoArgs(NonnullDomain dom, int flags) {
}
