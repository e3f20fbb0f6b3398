package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_set_interface_parameters_args. */
public record DomainSetInterfaceParametersArgs(NonnullDomain dom, String device, @XdrMax(RemoteLimits.DOMAIN_INTERFACE_PARAMETERS_MAX) List<TypedParam> params, int flags) {
}
