package org.jvirt.rpc.remote;

/** remote_node_get_cpu_map_args. */
public record NodeGetCpuMapArgs(int needMap, int needOnline, int flags) {
}
