package org.jvirt.rpc.remote;

/** remote_connect_list_all_networks_args. */
public record ConnectListAllNetworksArgs(int needResults, int flags) {
}
