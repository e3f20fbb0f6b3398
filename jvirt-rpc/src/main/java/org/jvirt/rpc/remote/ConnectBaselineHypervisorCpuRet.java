package org.jvirt.rpc.remote;

/** remote_connect_baseline_hypervisor_cpu_ret. */
public record ConnectBaselineHypervisorCpuRet(String cpu) {
}
