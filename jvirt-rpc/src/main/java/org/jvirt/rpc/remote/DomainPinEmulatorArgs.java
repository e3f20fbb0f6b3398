package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_pin_emulator_args. */
public record DomainPinEmulatorArgs(NonnullDomain dom, @XdrMax(RemoteLimits.CPUMAP_MAX) byte[] cpumap, int flags) {
}
