package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrMax;

/** remote_node_get_cells_free_memory_ret. */
public record NodeGetCellsFreeMemoryRet(@XdrMax(RemoteLimits.NODE_MAX_CELLS) long[] cells) {
}
