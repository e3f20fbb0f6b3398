package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_node_set_memory_parameters_args. */
public record NodeSetMemoryParametersArgs(@XdrMax(RemoteLimits.NODE_MEMORY_PARAMETERS_MAX) List<TypedParam> params, int flags) {
}
