package org.jvirt.rpc.remote;

/** remote_domain_get_hostname_args. */
public record DomainGetHostnameArgs(NonnullDomain dom, int flags) {
}
