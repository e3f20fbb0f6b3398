package org.jvirt.rpc.remote;

/** remote_connect_compare_cpu_args. */
public record ConnectCompareCpuArgs(String xml, int flags) {
}
