package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_set_blkio_parameters_args. */
public record DomainSetBlkioParametersArgs(NonnullDomain dom, @XdrMax(RemoteLimits.DOMAIN_BLKIO_PARAMETERS_MAX) List<TypedParam> params, int flags) {
}
