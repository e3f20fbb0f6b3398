package org.jvirt.rpc.remote;

/** remote_network_port_delete_args. */
public record NetworkPortDeleteArgs(NonnullNetworkPort port, int flags) {
}
