package org.jvirt.rpc.remote;

/** remote_connect_domain_event_deregister_ret. */
public record ConnectDomainEventDeregisterRet(int cbRegistered) {
}
