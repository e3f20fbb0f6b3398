package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_scheduler_parameters_ret. */
public record DomainGetSchedulerParametersRet(
        @XdrMax(RemoteLimits.DOMAIN_SCHEDULER_PARAMETERS_MAX) List<TypedParam> params) {
}
