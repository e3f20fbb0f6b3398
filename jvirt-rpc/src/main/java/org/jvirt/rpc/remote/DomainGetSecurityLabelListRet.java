package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_security_label_list_ret. */
public record DomainGetSecurityLabelListRet(
        @XdrMax(RemoteLimits.SECURITY_LABEL_LIST_MAX) List<DomainGetSecurityLabelRet> labels, int ret) {
}
