package org.jvirt.rpc.remote;

/** remote_domain_is_active_ret. */
public record DomainIsActiveRet(int active) {
}
