package org.jvirt.rpc.remote;

/** remote_node_device_create_args. */
public record NodeDeviceCreateArgs(String name, int flags) {
}
