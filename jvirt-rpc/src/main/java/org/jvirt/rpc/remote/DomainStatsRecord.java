package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_stats_record. */
public record DomainStatsRecord(NonnullDomain dom, @XdrMax(RemoteLimits.CONNECT_GET_ALL_DOMAIN_STATS_MAX) List<TypedParam> params) {
}
