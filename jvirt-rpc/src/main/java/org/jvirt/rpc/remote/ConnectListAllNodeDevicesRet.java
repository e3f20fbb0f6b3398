package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_connect_list_all_node_devices_ret. */
public record ConnectListAllNodeDevicesRet(@XdrMax(RemoteLimits.NODE_DEVICE_LIST_MAX) List<NonnullNodeDevice> devices, int ret) {
}
