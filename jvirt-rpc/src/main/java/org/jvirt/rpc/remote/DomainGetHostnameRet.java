package org.jvirt.rpc.remote;

/** remote_domain_get_hostname_ret. */
public record DomainGetHostnameRet(String hostname) {
}
