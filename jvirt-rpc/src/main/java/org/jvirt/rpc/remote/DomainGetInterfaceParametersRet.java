package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_interface_parameters_ret. */
public record DomainGetInterfaceParametersRet(@XdrMax(RemoteLimits.DOMAIN_INTERFACE_PARAMETERS_MAX) List<TypedParam> params, int nparams) {
}
