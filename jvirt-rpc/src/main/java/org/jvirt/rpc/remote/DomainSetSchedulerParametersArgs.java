package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_set_scheduler_parameters_args. */
public record DomainSetSchedulerParametersArgs(
        NonnullDomain dom, @XdrMax(RemoteLimits.DOMAIN_SCHEDULER_PARAMETERS_MAX) List<TypedParam> params) {
}
