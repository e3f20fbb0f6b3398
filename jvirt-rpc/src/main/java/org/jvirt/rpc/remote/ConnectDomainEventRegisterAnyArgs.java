package org.jvirt.rpc.remote;

/** remote_connect_domain_event_register_any_args. */
public record ConnectDomainEventRegisterAnyArgs(int eventID) {
}
