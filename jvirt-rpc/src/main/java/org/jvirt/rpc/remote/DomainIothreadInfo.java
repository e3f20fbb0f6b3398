package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrMax;

/** remote_domain_iothread_info. */
public record DomainIothreadInfo(int iothreadId, @XdrMax(RemoteLimits.CPUMAP_MAX) byte[] cpumap) {
}
