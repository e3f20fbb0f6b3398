package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_connect_list_all_nwfilter_bindings_ret. */
public record ConnectListAllNwfilterBindingsRet(@XdrMax(RemoteLimits.NWFILTER_BINDING_LIST_MAX) List<NonnullNwfilterBinding> bindings, int ret) {
}
