package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_connect_list_all_interfaces_ret. */
public record ConnectListAllInterfacesRet(@XdrMax(RemoteLimits.INTERFACE_LIST_MAX) List<NonnullInterface> ifaces, int ret) {
}
