package org.jvirt.rpc.remote;

/** remote_node_device_get_parent_args. */
public record NodeDeviceGetParentArgs(String name) {
}
