package org.jvirt.rpc.remote;

/** remote_connect_list_all_interfaces_args. */
public record ConnectListAllInterfacesArgs(int needResults, int flags) {
}
