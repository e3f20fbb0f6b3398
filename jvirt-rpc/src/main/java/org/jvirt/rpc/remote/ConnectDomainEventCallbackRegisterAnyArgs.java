package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_connect_domain_event_callback_register_any_args. */
public record ConnectDomainEventCallbackRegisterAnyArgs(int eventID, @XdrOptional NonnullDomain dom) {
}
