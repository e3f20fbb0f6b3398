package org.jvirt.rpc.remote;

/** remote_connect_list_networks_args. */
public record ConnectListNetworksArgs(int maxnames) {
}
