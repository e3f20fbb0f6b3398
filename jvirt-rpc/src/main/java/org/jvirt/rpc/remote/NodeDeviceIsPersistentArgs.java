package org.jvirt.rpc.remote;

/** remote_node_device_is_persistent_args. */
public record NodeDeviceIsPersistentArgs(String name) {
}
