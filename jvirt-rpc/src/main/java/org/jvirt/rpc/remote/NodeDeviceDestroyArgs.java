package org.jvirt.rpc.remote;

/** remote_node_device_destroy_args. */
public record NodeDeviceDestroyArgs(String name) {
}
