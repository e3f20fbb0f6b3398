package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrMax;

/** remote_node_get_free_pages_ret. */
public record NodeGetFreePagesRet(@XdrMax(RemoteLimits.NODE_MAX_CELLS) long[] counts) {
}
