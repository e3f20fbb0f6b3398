package org.jvirt.rpc.remote;

/** remote_domain_set_memory_stats_period_args. */
public record DomainSetMemoryStatsPeriodArgs(NonnullDomain dom, int period, int flags) {
}
