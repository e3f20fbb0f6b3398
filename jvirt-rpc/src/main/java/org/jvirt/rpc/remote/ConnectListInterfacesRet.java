package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_connect_list_interfaces_ret. */
public record ConnectListInterfacesRet(@XdrMax(RemoteLimits.INTERFACE_LIST_MAX) List<String> names) {
}
