package org.jvirt.rpc.remote;

/** remote_node_get_cpu_stats. */
public record NodeGetCpuStats(String field, long value) {
}
