package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_node_get_memory_stats_ret. */
public record NodeGetMemoryStatsRet(
        @XdrMax(RemoteLimits.NODE_MEMORY_STATS_MAX) List<NodeGetMemoryStats> params, int nparams) {
}
