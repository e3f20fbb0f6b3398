package org.jvirt.rpc.remote;

/** remote_node_device_get_autostart_args. */
public record NodeDeviceGetAutostartArgs(String name) {
}
