package org.jvirt.rpc.remote;

/** remote_connect_domain_event_deregister_any_args. */
public record ConnectDomainEventDeregisterAnyArgs(int eventID) {
}
