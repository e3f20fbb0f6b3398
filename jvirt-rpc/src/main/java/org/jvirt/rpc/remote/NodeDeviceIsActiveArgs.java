package org.jvirt.rpc.remote;

/** remote_node_device_is_active_args. */
public record NodeDeviceIsActiveArgs(String name) {
}
