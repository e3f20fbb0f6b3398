package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_node_num_of_devices_args. */
public record NodeNumOfDevicesArgs(@XdrOptional String cap, int flags) {
}
