package org.jvirt.rpc.remote;

/** remote_domain_block_pull_args. */
public record DomainBlockPullArgs(NonnullDomain dom, String path, long bandwidth, int flags) {
}
