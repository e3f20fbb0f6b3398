package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_connect_node_device_event_register_any_args. */
public record ConnectNodeDeviceEventRegisterAnyArgs(int eventID, @XdrOptional NonnullNodeDevice dev) {
}
