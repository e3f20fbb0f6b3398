package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_connect_list_all_networks_ret. */
public record ConnectListAllNetworksRet(@XdrMax(RemoteLimits.NETWORK_LIST_MAX) List<NonnullNetwork> nets, int ret) {
}
