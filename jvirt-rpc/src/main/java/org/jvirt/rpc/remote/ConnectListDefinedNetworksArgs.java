package org.jvirt.rpc.remote;

/** remote_connect_list_defined_networks_args. */
public record ConnectListDefinedNetworksArgs(int maxnames) {
}
