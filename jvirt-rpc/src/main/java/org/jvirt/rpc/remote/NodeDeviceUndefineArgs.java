package org.jvirt.rpc.remote;

/** remote_node_device_undefine_args. */
public record NodeDeviceUndefineArgs(String name, int flags) {
}
