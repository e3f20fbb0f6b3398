package org.jvirt.rpc.remote;

/** remote_node_device_event_update_msg. */
public record NodeDeviceEventUpdateMsg(int callbackID, NonnullNodeDevice dev) {
}
