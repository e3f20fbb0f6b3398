package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_perf_events_ret. */
public record DomainGetPerfEventsRet(@XdrMax(RemoteLimits.DOMAIN_PERF_EVENTS_MAX) List<TypedParam> params) {
}
