package org.jvirt.rpc.remote;

/** remote_connect_baseline_cpu_ret. */
public record ConnectBaselineCpuRet(String cpu) {
}
