package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_set_iothread_params_args. */
public record DomainSetIothreadParamsArgs(NonnullDomain dom, int iothreadId, @XdrMax(RemoteLimits.DOMAIN_IOTHREAD_PARAMS_MAX) List<TypedParam> params, int flags) {
}
