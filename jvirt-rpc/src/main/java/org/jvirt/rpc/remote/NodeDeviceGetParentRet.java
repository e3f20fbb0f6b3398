package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_node_device_get_parent_ret. */
public record NodeDeviceGetParentRet(@XdrOptional String parentName) {
}
