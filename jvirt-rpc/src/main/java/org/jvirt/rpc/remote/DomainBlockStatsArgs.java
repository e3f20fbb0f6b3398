package org.jvirt.rpc.remote;

/** remote_domain_block_stats_args. */
public record DomainBlockStatsArgs(NonnullDomain dom, String path) {
}
