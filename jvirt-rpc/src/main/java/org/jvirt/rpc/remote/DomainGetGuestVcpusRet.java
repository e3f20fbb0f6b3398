package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_guest_vcpus_ret. */
public record DomainGetGuestVcpusRet(@XdrMax(RemoteLimits.DOMAIN_GUEST_VCPU_PARAMS_MAX) List<TypedParam> params) {
}
