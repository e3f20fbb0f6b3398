package org.jvirt;

/** virDomainInfo: memory values in KiB, cpuTime in nanoseconds. */
public record DomainInfo(DomainState state, long maxMem, long memory, int nrVirtCpu, long cpuTime) {
}
