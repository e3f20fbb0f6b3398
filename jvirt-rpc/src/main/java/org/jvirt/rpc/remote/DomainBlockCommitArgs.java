package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_domain_block_commit_args. */
public record DomainBlockCommitArgs(NonnullDomain dom, String disk, @XdrOptional String base, @XdrOptional String top,
        long bandwidth, int flags) {
}
