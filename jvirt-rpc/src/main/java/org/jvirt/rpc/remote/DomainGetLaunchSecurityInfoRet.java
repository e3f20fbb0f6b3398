package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_launch_security_info_ret. */
public record DomainGetLaunchSecurityInfoRet(@XdrMax(RemoteLimits.DOMAIN_LAUNCH_SECURITY_INFO_PARAMS_MAX) List<TypedParam> params) {
}
