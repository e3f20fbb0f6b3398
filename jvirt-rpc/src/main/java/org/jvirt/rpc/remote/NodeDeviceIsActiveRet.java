package org.jvirt.rpc.remote;

/** remote_node_device_is_active_ret. */
public record NodeDeviceIsActiveRet(int active) {
}
