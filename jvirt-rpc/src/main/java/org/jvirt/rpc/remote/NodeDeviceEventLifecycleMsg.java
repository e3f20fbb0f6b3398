package org.jvirt.rpc.remote;

/** remote_node_device_event_lifecycle_msg. */
public record NodeDeviceEventLifecycleMsg(int callbackID, NonnullNodeDevice dev, int event, int detail) {
}
