package org.jvirt.rpc.remote;

/** remote_node_device_num_of_caps_ret. */
public record NodeDeviceNumOfCapsRet(int num) {
}
