package org.jvirt.rpc.remote;

/** remote_node_get_memory_stats. */
public record NodeGetMemoryStats(String field, long value) {
}
