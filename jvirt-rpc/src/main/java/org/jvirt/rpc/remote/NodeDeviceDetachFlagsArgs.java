package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_node_device_detach_flags_args. */
public record NodeDeviceDetachFlagsArgs(String name, @XdrOptional String driverName, int flags) {
}
