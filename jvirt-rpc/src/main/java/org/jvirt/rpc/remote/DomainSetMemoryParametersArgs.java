package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_set_memory_parameters_args. */
public record DomainSetMemoryParametersArgs(NonnullDomain dom, @XdrMax(RemoteLimits.DOMAIN_MEMORY_PARAMETERS_MAX) List<TypedParam> params, int flags) {
}
