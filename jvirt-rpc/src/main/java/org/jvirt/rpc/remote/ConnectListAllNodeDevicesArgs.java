package org.jvirt.rpc.remote;

/** remote_connect_list_all_node_devices_args. */
public record ConnectListAllNodeDevicesArgs(int needResults, int flags) {
}
