package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_set_scheduler_parameters_flags_args. */
public record DomainSetSchedulerParametersFlagsArgs(
        NonnullDomain dom, @XdrMax(RemoteLimits.DOMAIN_SCHEDULER_PARAMETERS_MAX) List<TypedParam> params, int flags) {
}
