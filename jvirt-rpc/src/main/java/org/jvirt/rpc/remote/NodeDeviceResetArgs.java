package org.jvirt.rpc.remote;

/** remote_node_device_reset_args. */
public record NodeDeviceResetArgs(String name) {
}
