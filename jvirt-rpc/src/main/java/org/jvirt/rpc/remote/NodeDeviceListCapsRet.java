package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_node_device_list_caps_ret. */
public record NodeDeviceListCapsRet(@XdrMax(RemoteLimits.NODE_DEVICE_CAPS_LIST_MAX) List<String> names) {
}
