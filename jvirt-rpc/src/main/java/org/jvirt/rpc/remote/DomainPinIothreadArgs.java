package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_pin_iothread_args. */
public record DomainPinIothreadArgs(NonnullDomain dom, int iothreadsId, @XdrMax(RemoteLimits.CPUMAP_MAX) byte[] cpumap, int flags) {
}
