package org.jvirt.rpc.remote;

/** remote_node_num_of_devices_ret. */
public record NodeNumOfDevicesRet(int num) {
}
