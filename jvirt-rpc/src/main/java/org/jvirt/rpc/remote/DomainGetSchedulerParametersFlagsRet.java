package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_scheduler_parameters_flags_ret. */
public record DomainGetSchedulerParametersFlagsRet(
        @XdrMax(RemoteLimits.DOMAIN_SCHEDULER_PARAMETERS_MAX) List<TypedParam> params) {
}
