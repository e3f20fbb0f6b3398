package org.jvirt.rpc.remote;

/** remote_connect_compare_cpu_ret. */
public record ConnectCompareCpuRet(int result) {
}
