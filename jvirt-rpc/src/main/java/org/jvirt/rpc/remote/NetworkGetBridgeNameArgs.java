package org.jvirt.rpc.remote;

/** remote_network_get_bridge_name_args. */
public record NetworkGetBridgeNameArgs(NonnullNetwork net) {
}
