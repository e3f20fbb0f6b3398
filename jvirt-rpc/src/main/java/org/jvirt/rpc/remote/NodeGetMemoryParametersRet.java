package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_node_get_memory_parameters_ret. */
public record NodeGetMemoryParametersRet(@XdrMax(RemoteLimits.NODE_MEMORY_PARAMETERS_MAX) List<TypedParam> params, int nparams) {
}
