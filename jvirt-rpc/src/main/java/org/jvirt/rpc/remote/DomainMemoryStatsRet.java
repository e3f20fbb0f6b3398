package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_memory_stats_ret. */
public record DomainMemoryStatsRet(@XdrMax(RemoteLimits.DOMAIN_MEMORY_STATS_MAX) List<DomainMemoryStat> stats) {
}
