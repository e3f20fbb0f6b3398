package org.jvirt.rpc.remote;

/** remote_connect_network_event_deregister_any_args. */
public record ConnectNetworkEventDeregisterAnyArgs(int callbackID) {
}
