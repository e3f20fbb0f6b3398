package org.jvirt.rpc.remote;

/** remote_node_device_set_autostart_args. */
public record NodeDeviceSetAutostartArgs(String name, int autostart) {
}
