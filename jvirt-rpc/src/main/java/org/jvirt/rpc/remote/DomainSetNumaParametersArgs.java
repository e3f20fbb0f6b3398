package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_set_numa_parameters_args. */
public record DomainSetNumaParametersArgs(NonnullDomain dom, @XdrMax(RemoteLimits.DOMAIN_NUMA_PARAMETERS_MAX) List<TypedParam> params, int flags) {
}
