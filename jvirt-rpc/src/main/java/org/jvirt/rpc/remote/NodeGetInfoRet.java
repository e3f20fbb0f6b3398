package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrFixed;

/** remote_node_get_info_ret. */
public record NodeGetInfoRet(
        @XdrFixed(32) int[] model, long memory, int cpus, int mhz, int nodes, int sockets, int cores, int threads) {
}
