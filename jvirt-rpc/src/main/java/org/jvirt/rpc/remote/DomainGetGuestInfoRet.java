package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_guest_info_ret. */
public record DomainGetGuestInfoRet(@XdrMax(RemoteLimits.DOMAIN_GUEST_INFO_PARAMS_MAX) List<TypedParam> params) {
}
