package org.jvirt.rpc.remote;

/** remote_connect_num_of_defined_networks_ret. */
public record ConnectNumOfDefinedNetworksRet(int num) {
}
