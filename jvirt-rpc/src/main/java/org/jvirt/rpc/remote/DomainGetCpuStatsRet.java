package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_cpu_stats_ret. */
public record DomainGetCpuStatsRet(@XdrMax(RemoteLimits.DOMAIN_GET_CPU_STATS_MAX) List<TypedParam> params, int nparams) {
}
