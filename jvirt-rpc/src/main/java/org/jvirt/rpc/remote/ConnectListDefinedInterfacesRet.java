package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_connect_list_defined_interfaces_ret. */
public record ConnectListDefinedInterfacesRet(@XdrMax(RemoteLimits.INTERFACE_LIST_MAX) List<String> names) {
}
