package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_network_list_all_ports_ret. */
public record NetworkListAllPortsRet(@XdrMax(RemoteLimits.NETWORK_PORT_LIST_MAX) List<NonnullNetworkPort> ports, int ret) {
}
