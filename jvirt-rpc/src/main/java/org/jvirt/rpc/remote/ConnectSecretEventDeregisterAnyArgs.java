package org.jvirt.rpc.remote;

/** remote_connect_secret_event_deregister_any_args. */
public record ConnectSecretEventDeregisterAnyArgs(int callbackID) {
}
