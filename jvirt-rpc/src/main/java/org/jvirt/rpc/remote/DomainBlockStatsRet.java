package org.jvirt.rpc.remote;

/** remote_domain_block_stats_ret. */
public record DomainBlockStatsRet(long rdReq, long rdBytes, long wrReq, long wrBytes, long errs) {
}
