package org.jvirt.rpc.remote;

/** remote_network_get_bridge_name_ret. */
public record NetworkGetBridgeNameRet(String name) {
}
