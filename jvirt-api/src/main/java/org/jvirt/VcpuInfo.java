package org.jvirt;

/**
 * virVcpuInfo plus its CPU affinity: state is virVcpuState (0 offline, 1 running, 2 blocked),
 * cpu the host CPU it last ran on (-1 when offline), cpuTime in nanoseconds; affinity has one entry per host CPU.
 */
public record VcpuInfo(int number, int state, long cpuTime, int cpu, boolean[] affinity) {
}
