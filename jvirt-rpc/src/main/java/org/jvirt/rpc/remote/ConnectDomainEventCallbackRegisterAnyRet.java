package org.jvirt.rpc.remote;

/** remote_connect_domain_event_callback_register_any_ret. */
public record ConnectDomainEventCallbackRegisterAnyRet(int callbackID) {
}
