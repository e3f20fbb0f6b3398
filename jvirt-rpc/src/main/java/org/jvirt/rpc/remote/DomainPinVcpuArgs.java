package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_pin_vcpu_args. */
public record DomainPinVcpuArgs(NonnullDomain dom, int vcpu, @XdrMax(RemoteLimits.CPUMAP_MAX) byte[] cpumap) {
}
