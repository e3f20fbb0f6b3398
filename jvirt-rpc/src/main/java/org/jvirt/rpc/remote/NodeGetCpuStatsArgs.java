package org.jvirt.rpc.remote;

/** remote_node_get_cpu_stats_args. */
public record NodeGetCpuStatsArgs(int cpuNum, int nparams, int flags) {
}
