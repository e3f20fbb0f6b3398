package org.jvirt.rpc.remote;

/** remote_connect_list_interfaces_args. */
public record ConnectListInterfacesArgs(int maxnames) {
}
