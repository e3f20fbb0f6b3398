package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_block_copy_args. */
public record DomainBlockCopyArgs(NonnullDomain dom, String path, String destxml,
        @XdrMax(RemoteLimits.DOMAIN_BLOCK_COPY_PARAMETERS_MAX) List<TypedParam> params, int flags) {
}
