package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_set_perf_events_args. */
public record DomainSetPerfEventsArgs(NonnullDomain dom, @XdrMax(RemoteLimits.DOMAIN_PERF_EVENTS_MAX) List<TypedParam> params, int flags) {
}
