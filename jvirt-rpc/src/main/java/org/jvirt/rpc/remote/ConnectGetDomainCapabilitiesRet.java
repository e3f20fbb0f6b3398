package org.jvirt.rpc.remote;

/** remote_connect_get_domain_capabilities_ret. */
public record ConnectGetDomainCapabilitiesRet(String capabilities) {
}
