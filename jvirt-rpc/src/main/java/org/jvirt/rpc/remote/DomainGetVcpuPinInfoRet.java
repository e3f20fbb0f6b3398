package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_vcpu_pin_info_ret. */
public record DomainGetVcpuPinInfoRet(@XdrMax(RemoteLimits.CPUMAPS_MAX) byte[] cpumaps, int num) {
}
