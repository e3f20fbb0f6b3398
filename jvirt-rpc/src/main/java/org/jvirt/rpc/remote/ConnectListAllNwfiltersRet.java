package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_connect_list_all_nwfilters_ret. */
public record ConnectListAllNwfiltersRet(@XdrMax(RemoteLimits.NWFILTER_LIST_MAX) List<NonnullNwfilter> filters, int ret) {
}
