package org.jvirt.rpc.remote;

/** remote_vcpu_info. */
public record VcpuInfo(int number, int state, long cpuTime, int cpu) {
}
