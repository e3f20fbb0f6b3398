package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_node_get_cpu_stats_ret. */
public record NodeGetCpuStatsRet(@XdrMax(RemoteLimits.NODE_CPU_STATS_MAX) List<NodeGetCpuStats> params, int nparams) {
}
