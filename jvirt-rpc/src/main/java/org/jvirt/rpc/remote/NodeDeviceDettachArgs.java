package org.jvirt.rpc.remote;

/** remote_node_device_dettach_args. */
public record NodeDeviceDettachArgs(String name) {
}
