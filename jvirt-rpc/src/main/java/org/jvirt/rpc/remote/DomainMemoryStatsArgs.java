package org.jvirt.rpc.remote;

/** remote_domain_memory_stats_args. */
public record DomainMemoryStatsArgs(NonnullDomain dom, int maxStats, int flags) {
}
