package org.jvirt.rpc.remote;

/** remote_node_device_re_attach_args. */
public record NodeDeviceReAttachArgs(String name) {
}
