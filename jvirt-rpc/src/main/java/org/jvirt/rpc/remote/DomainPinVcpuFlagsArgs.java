package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_pin_vcpu_flags_args. */
public record DomainPinVcpuFlagsArgs(
        NonnullDomain dom, int vcpu, @XdrMax(RemoteLimits.CPUMAP_MAX) byte[] cpumap, int flags) {
}
