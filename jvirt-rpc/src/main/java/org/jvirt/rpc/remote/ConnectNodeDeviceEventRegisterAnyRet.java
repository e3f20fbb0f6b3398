package org.jvirt.rpc.remote;

/** remote_connect_node_device_event_register_any_ret. */
public record ConnectNodeDeviceEventRegisterAnyRet(int callbackID) {
}
