package org.jvirt.rpc.remote;

/** remote_connect_num_of_interfaces_ret. */
public record ConnectNumOfInterfacesRet(int num) {
}
