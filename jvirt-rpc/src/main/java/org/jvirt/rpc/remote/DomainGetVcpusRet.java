package org.jvirt.rpc.remote;

import java.util.List;
import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_get_vcpus_ret. */
public record DomainGetVcpusRet(
        @XdrMax(RemoteLimits.VCPUINFO_MAX) List<VcpuInfo> info, @XdrMax(RemoteLimits.CPUMAPS_MAX) byte[] cpumaps) {
}
