package org.jvirt.rpc.remote;

/** remote_domain_get_perf_events_args. */
public record DomainGetPerfEventsArgs(NonnullDomain dom, int flags) {
}
