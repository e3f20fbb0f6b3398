package org.jvirt.rpc.remote;

/** remote_connect_get_capabilities_ret. */
public record ConnectGetCapabilitiesRet(String capabilities) {
}
