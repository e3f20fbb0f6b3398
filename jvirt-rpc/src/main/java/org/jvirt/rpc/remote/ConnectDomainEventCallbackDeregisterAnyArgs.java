package org.jvirt.rpc.remote;

/** remote_connect_domain_event_callback_deregister_any_args. */
public record ConnectDomainEventCallbackDeregisterAnyArgs(int callbackID) {
}
