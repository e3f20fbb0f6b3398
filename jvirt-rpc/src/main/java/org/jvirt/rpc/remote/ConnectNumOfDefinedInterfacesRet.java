package org.jvirt.rpc.remote;

/** remote_connect_num_of_defined_interfaces_ret. */
public record ConnectNumOfDefinedInterfacesRet(int num) {
}
