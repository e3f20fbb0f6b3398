package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_memory_parameters_ret. */
public record DomainGetMemoryParametersRet(@XdrMax(RemoteLimits.DOMAIN_MEMORY_PARAMETERS_MAX) List<TypedParam> params, int nparams) {
}
