package org.jvirt.rpc.remote;

/** remote_node_get_free_memory_ret. */
public record NodeGetFreeMemoryRet(long freeMem) {
}
