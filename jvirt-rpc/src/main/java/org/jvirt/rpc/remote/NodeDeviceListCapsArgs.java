package org.jvirt.rpc.remote;

/** remote_node_device_list_caps_args. */
public record NodeDeviceListCapsArgs(String name, int maxnames) {
}
