package org.jvirt.rpc.remote;

/** remote_connect_compare_hypervisor_cpu_ret. */
public record ConnectCompareHypervisorCpuRet(int result) {
}
