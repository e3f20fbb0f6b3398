package org.jvirt.rpc.remote;

/** remote_node_get_memory_stats_args. */
public record NodeGetMemoryStatsArgs(int nparams, int cellNum, int flags) {
}
