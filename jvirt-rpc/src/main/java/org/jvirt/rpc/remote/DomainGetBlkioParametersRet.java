package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_blkio_parameters_ret. */
public record DomainGetBlkioParametersRet(@XdrMax(RemoteLimits.DOMAIN_BLKIO_PARAMETERS_MAX) List<TypedParam> params, int nparams) {
}
