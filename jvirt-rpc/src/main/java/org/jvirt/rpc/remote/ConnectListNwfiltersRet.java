package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_connect_list_nwfilters_ret. */
public record ConnectListNwfiltersRet(@XdrMax(RemoteLimits.NWFILTER_LIST_MAX) List<String> names) {
}
