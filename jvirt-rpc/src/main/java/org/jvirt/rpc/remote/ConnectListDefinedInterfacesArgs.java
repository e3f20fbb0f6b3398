package org.jvirt.rpc.remote;

/** remote_connect_list_defined_interfaces_args. */
public record ConnectListDefinedInterfacesArgs(int maxnames) {
}
