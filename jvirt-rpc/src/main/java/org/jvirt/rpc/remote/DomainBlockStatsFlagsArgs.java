package org.jvirt.rpc.remote;

/** remote_domain_block_stats_flags_args. */
public record DomainBlockStatsFlagsArgs(NonnullDomain dom, String path, int nparams, int flags) {
}
