package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_block_stats_flags_ret. */
public record DomainBlockStatsFlagsRet(
        @XdrMax(RemoteLimits.DOMAIN_BLOCK_STATS_PARAMETERS_MAX) List<TypedParam> params, int nparams) {
}
