package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_job_stats_ret. */
public record DomainGetJobStatsRet(int type, @XdrMax(RemoteLimits.DOMAIN_JOB_STATS_MAX) List<TypedParam> params) {
}
