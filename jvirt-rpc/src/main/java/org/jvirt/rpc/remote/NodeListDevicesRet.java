package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_node_list_devices_ret. */
public record NodeListDevicesRet(@XdrMax(RemoteLimits.NODE_DEVICE_LIST_MAX) List<String> names) {
}
