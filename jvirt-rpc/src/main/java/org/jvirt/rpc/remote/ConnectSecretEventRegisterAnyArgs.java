package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_connect_secret_event_register_any_args. */
public record ConnectSecretEventRegisterAnyArgs(int eventID, @XdrOptional NonnullSecret secret) {
}
