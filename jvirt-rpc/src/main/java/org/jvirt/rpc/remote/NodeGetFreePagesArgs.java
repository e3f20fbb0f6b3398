package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrMax;

/** remote_node_get_free_pages_args. */
public record NodeGetFreePagesArgs(@XdrMax(RemoteLimits.NODE_MAX_CELLS) int[] pages, int startCell, int cellCount, int flags) {
}
