package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_numa_parameters_ret. */
public record DomainGetNumaParametersRet(@XdrMax(RemoteLimits.DOMAIN_NUMA_PARAMETERS_MAX) List<TypedParam> params, int nparams) {
}
