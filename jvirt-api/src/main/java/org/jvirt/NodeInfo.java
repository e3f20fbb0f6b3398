package org.jvirt;

/** virNodeInfo: memory in KiB, mhz in MHz. */
public record NodeInfo(String model, long memory, int cpus, int mhz, int nodes, int sockets, int cores, int threads) {
}
