package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_connect_list_defined_networks_ret. */
public record ConnectListDefinedNetworksRet(@XdrMax(RemoteLimits.NETWORK_LIST_MAX) List<String> names) {
}
