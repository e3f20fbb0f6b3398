package org.jvirt.rpc.remote;

/** remote_connect_domain_event_register_ret. */
public record ConnectDomainEventRegisterRet(int cbRegistered) {
}
