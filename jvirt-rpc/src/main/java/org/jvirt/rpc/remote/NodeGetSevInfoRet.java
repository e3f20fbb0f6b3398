package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_node_get_sev_info_ret. */
public record NodeGetSevInfoRet(@XdrMax(RemoteLimits.NODE_SEV_INFO_MAX) List<TypedParam> params, int nparams) {
}
