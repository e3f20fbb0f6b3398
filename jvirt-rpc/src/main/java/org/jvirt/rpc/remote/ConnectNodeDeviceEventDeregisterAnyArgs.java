package org.jvirt.rpc.remote;

/** remote_connect_node_device_event_deregister_any_args. */
public record ConnectNodeDeviceEventDeregisterAnyArgs(int callbackID) {
}
