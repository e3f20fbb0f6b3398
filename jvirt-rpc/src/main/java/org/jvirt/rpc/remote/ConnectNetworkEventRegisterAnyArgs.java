package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_connect_network_event_register_any_args. */
public record ConnectNetworkEventRegisterAnyArgs(int eventID, @XdrOptional NonnullNetwork net) {
}
