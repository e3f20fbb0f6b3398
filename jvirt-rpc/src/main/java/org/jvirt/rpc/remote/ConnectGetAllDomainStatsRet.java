package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_connect_get_all_domain_stats_ret. */
public record ConnectGetAllDomainStatsRet(@XdrMax(RemoteLimits.DOMAIN_LIST_MAX) List<DomainStatsRecord> retStats) {
}
