package org.jvirt.rpc.remote;

import org.jvirt.spi.NodeDeviceRef;

/** remote_nonnull_node_device: a node device as it crosses the wire, named by its name only. */
public record NonnullNodeDevice(String name) {

    public static NonnullNodeDevice of(NodeDeviceRef ref) {
        return new NonnullNodeDevice(ref.name());
    }

    public NodeDeviceRef ref() {
        return NodeDeviceRef.of(name);
    }
}
