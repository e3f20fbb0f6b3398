package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_security_label_ret. */
public record DomainGetSecurityLabelRet(@XdrMax(RemoteLimits.SECURITY_LABEL_MAX) int[] label, int enforcing) {
}
