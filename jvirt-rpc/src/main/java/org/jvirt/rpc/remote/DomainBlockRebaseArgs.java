package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_domain_block_rebase_args. */
public record DomainBlockRebaseArgs(NonnullDomain dom, String path, @XdrOptional String base, long bandwidth, int flags) {
}
