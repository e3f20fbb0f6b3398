package org.jvirt.rpc.remote;

/** remote_connect_num_of_networks_ret. */
public record ConnectNumOfNetworksRet(int num) {
}
