package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_set_launch_security_state_args. */
public record DomainSetLaunchSecurityStateArgs(NonnullDomain dom, @XdrMax(RemoteLimits.DOMAIN_LAUNCH_SECURITY_STATE_PARAMS_MAX) List<TypedParam> params, int flags) {
}
