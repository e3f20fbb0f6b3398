package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrMax;

/** remote_node_alloc_pages_args. */
public record NodeAllocPagesArgs(@XdrMax(RemoteLimits.NODE_MAX_CELLS) int[] pageSizes, @XdrMax(RemoteLimits.NODE_MAX_CELLS) long[] pageCounts, int startCell, int cellCount, int flags) {
}
