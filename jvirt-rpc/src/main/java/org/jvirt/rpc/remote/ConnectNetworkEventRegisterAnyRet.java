package org.jvirt.rpc.remote;

/** remote_connect_network_event_register_any_ret. */
public record ConnectNetworkEventRegisterAnyRet(int callbackID) {
}
