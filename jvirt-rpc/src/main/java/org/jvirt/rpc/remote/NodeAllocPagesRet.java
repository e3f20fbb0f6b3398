package org.jvirt.rpc.remote;

/** remote_node_alloc_pages_ret. */
public record NodeAllocPagesRet(int ret) {
}
