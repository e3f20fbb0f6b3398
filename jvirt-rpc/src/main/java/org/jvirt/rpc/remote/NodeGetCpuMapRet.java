package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrMax;

/** remote_node_get_cpu_map_ret. */
public record NodeGetCpuMapRet(@XdrMax(RemoteLimits.CPUMAP_MAX) byte[] cpumap, int online, int ret) {
}
